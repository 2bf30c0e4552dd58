using System;
using System.IO;
using SchemaHistory;
using SessionToolkit;

// Resumes each checkpoint file named on the command line, of any version of InstallState, and prints the state.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: schemahistory CHECKPOINT...");
    Console.Error.WriteLine("Resumes each checkpoint of InstallState, of any version, and prints the state.");
    return 2;
}

var status = 0;
foreach (var path in args)
{
    try
    {
        var checkpoint = File.ReadAllBytes(path);
        var version = SessionSerializer.Peek(checkpoint, filePath: path).Version;
        var state = SessionSerializer.Resume<InstallState>(checkpoint, filePath: path);
        Console.WriteLine($"{path}: version {version}");
        Console.WriteLine($"  package:    {state.Package}");
        Console.WriteLine($"  done steps: {string.Join(", ", state.DoneSteps)}");
        Console.WriteLine($"  timeout:    {state.Timeout}");
        Console.WriteLine($"  mirror:     {state.Mirror ?? "(none)"}");
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or SessionResumeException)
    {
        Console.Error.WriteLine($"schemahistory: {path}: {e.Message}");
        status = 1;
    }
}

return status;
