using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace JobRunner.Execution;

/// <summary>
/// Starts a command as the leader of a new process group and kills the whole group. .NET cannot call
/// <c>setsid</c> between fork and exec, so the command is started through the util-linux <c>setsid</c>
/// program: it is not a group leader when .NET starts it, so it calls <c>setsid()</c> and execs the command
/// in place, and the command's process id is also its group id.
/// </summary>
internal static partial class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>The <c>setsid</c> program on the search path, or <c>null</c> when there is none.</summary>
    public static string? SetsidPath { get; } = FindOnPath("setsid");

    /// <summary>Prepends the <c>setsid</c> launcher to <paramref name="startInfo"/> when it is available.</summary>
    public static void WrapInNewGroup(ProcessStartInfo startInfo)
    {
        if (SetsidPath is null)
        {
            return;
        }

        startInfo.ArgumentList.Insert(0, startInfo.FileName);
        startInfo.FileName = SetsidPath;
    }

    /// <summary>
    /// Kills every process in the group led by <paramref name="process"/>. Without <c>setsid</c>, or when the
    /// group is already gone, it falls back to killing the process tree that .NET can see.
    /// </summary>
    public static void KillGroup(Process process)
    {
        if (SetsidPath is not null && Kill(-process.Id, SigKill) == 0)
        {
            return;
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The process has already exited and been reaped, so there is nothing left to kill.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? JobEnvironment.DefaultPath;
        foreach (var folder in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
