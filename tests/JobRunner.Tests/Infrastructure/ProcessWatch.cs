using System;
using System.IO;
using System.Threading.Tasks;

namespace JobRunner.Tests.Infrastructure;

/// <summary>Checks whether a process id still names a live (not zombie) process.</summary>
internal static class ProcessWatch
{
    /// <summary>
    /// Returns whether <paramref name="pid"/> is still alive. A killed orphan stays a zombie until init reaps
    /// it, so the check polls for up to five seconds before it returns true.
    /// </summary>
    public static async Task<bool> IsAliveAfterReapAsync(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (!IsAlive(pid))
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return IsAlive(pid);
    }

    private static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            // The state is the field after the parenthesised command name: R, S, D, Z, ...
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            return state != 'Z' && state != 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
