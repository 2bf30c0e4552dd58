using System.IO;

namespace SessionToolkit.Package.Tests;

/// <summary>A fresh console project that references the SessionToolkit package from a local folder feed.</summary>
internal sealed record ConsumerProject(string Folder)
{
    public string StateFile => Path.Combine(Folder, "State.cs");

    // The class name is on line 4, column 14, where SESS001 must point.
    public const string NonPartialState = """
        using SessionToolkit;

        [SessionState(Version = 1)]
        public class RunState
        {
            public string Title { get; set; } = "";
        }
        """;

    public const string PartialState = """
        using System.Collections.Generic;
        using SessionToolkit;

        [SessionState(Version = 1)]
        public partial class RunState
        {
            [SessionMetadata]
            public string Title { get; set; } = "";

            public string? RunningStep { get; set; }

            public List<string> Done { get; set; } = [];
        }
        """;

    private const string Program = """
        using System;
        using System.IO;
        using System.Linq;
        using SessionToolkit;

        var folder = Directory.CreateTempSubdirectory("consumer-sessions-");
        var repository = new SessionStorageRepository(folder.FullName);
        using (var session = SessionManager<RunState>.CreateWithState(new RunState { Title = "nightly" }, repository))
        {
            session.State.Done.Add("step-1");
            session.State.RunningStep = "step-2";
            session.Checkpoint();
        }

        var entry = repository.Scan<RunState>().Single();
        using (var resumed = SessionManager<RunState>.LoadSession(entry.Storage))
        {
            var state = resumed.State;
            Console.Write($"status={entry.Status} title={state.Title} running={state.RunningStep} done={string.Join(",", state.Done)}\n");
        }

        folder.Delete(recursive: true);
        """;

    /// <summary>
    /// Writes the project into <paramref name="root"/>/<paramref name="name"/>, with its program and a nuget.config
    /// that adds <paramref name="feed"/> to the default sources.
    /// </summary>
    public static ConsumerProject Write(string root, string feed, string version, string name = "consumer")
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        File.WriteAllText(
            Path.Combine(folder, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SessionToolkit" Version="{version}" />
              </ItemGroup>
            </Project>
            """
        );

        // No <clear/>: the user-level sources (the default feed) stay, for the package's own dependencies.
        File.WriteAllText(
            Path.Combine(folder, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="sessiontoolkit-local" value="{feed}" />
              </packageSources>
            </configuration>
            """
        );
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        return new ConsumerProject(folder);
    }
}
