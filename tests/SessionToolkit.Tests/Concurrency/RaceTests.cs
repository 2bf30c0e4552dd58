using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using SessionToolkit.Tests.Storage;
using Xunit;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>
/// Two child processes call SessionManager.LoadSession on the same session at the same moment, round after
/// round. In every round exactly one wins and the other gets SessionInUseException, and the checkpoint after the
/// round is whole and counts every round. Every tenth round the winner is killed with SIGKILL while it saves, and
/// the loser takes the dead process's lock over. The rounds default to 100; SESSIONTOOLKIT_RACE_ROUNDS sets
/// another count.
/// </summary>
public sealed class RaceTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultRounds = 100;
    private const int KillEvery = 10;

    // Far enough ahead that both children have read the command before the moment comes.
    private static readonly TimeSpan StartDelay = TimeSpan.FromMilliseconds(25);

    private readonly TempFolder _temp = new();
    private readonly RaceChild[] _children = new RaceChild[2];
    private readonly RaceStatistics _statistics = new();
    private string _location = "";
    private int _round;

    public void Dispose()
    {
        foreach (var child in _children)
        {
            child?.Dispose();
        }

        _temp.Dispose();
    }

    [Fact]
    public void OneOfTwoProcessesWins()
    {
        _location = SessionStorage.Create(_temp.Repository).Location;
        _children[0] = RaceChild.Start(_location);
        _children[1] = RaceChild.Start(_location);

        var rounds = Rounds();
        for (var race = 1; race <= rounds; race++)
        {
            var (winner, loser) = Race(race);
            if (race % KillEvery == 0)
            {
                KillWinnerAndTakeOver(race, winner, loser);
            }
            else
            {
                Finish(winner);
            }

            AssertCheckpointCounts(race);
        }

        output.WriteLine(_statistics.Summary(rounds));
    }

    /// <summary>Starts both children at one moment and returns the winner's and the loser's slots.</summary>
    private (int Winner, int Loser) Race(int race)
    {
        var start = (DateTime.UtcNow + StartDelay).Ticks;
        foreach (var child in _children)
        {
            child.Send($"go {start}");
        }

        var replies = _children.Select(child => child.Read().Split(' ')).ToArray();
        var winners = Enumerable.Range(0, 2).Where(slot => replies[slot][0] == "won").ToArray();
        var description = $"race {race}: {string.Join(" / ", replies.Select(reply => string.Join(' ', reply)))}";
        Assert.True(winners.Length == 1, $"{description}: not exactly one winner");

        var (winner, loser) = (winners[0], 1 - winners[0]);
        Assert.True(replies[loser][0] == "in-use", $"{description}: the loser did not get SessionInUseException");
        Assert.True(Number(replies[winner][1]) == _round, $"{description}: the winner resumed another round");

        var holder = replies[loser][1];
        Assert.True(holder == "-" || Number(holder) == _children[winner].Id, $"{description}: wrong holder named");
        var winnerCall = (Ticks(replies[winner][2]), Ticks(replies[winner][3]));
        _statistics.Record(winner, holder != "-", winnerCall, Ticks(replies[loser][2]));
        return (winner, loser);
    }

    private void Finish(int winner)
    {
        _children[winner].Send("checkpoint");
        Assert.Equal($"saved {++_round}", _children[winner].Read());
        _children[winner].Send("release");
        Assert.Equal("released", _children[winner].Read());
    }

    /// <summary>
    /// Kills the winner while it saves in a loop, replaces it, and has the loser open the session. The loser takes
    /// the dead holder's lock over, and finds the last save the winner completed or the one it was writing.
    /// </summary>
    private void KillWinnerAndTakeOver(int race, int winner, int loser)
    {
        var dead = _children[winner];
        var deadId = dead.Id;
        dead.Send("save-until-killed");
        Thread.Sleep(RandomNumberGenerator.GetInt32(0, 30));
        var lines = dead.Kill();
        dead.Dispose();
        _children[winner] = RaceChild.Start(_location);

        var saved = lines
            .Where(line => line.StartsWith("saved ", StringComparison.Ordinal))
            .Select(Last)
            .DefaultIfEmpty(_round)
            .Max();
        var saving = lines
            .Where(line => line.StartsWith("saving ", StringComparison.Ordinal))
            .Select(Last)
            .DefaultIfEmpty(_round)
            .Max();

        _children[loser].Send("take-over");
        var reply = _children[loser].Read().Split(' ');
        var description = $"race {race}: {string.Join(' ', reply)} after saved {saved}, saving {saving}";
        Assert.True(reply[0] == "took-over", description);
        var resumed = Number(reply[1]);
        Assert.True(resumed == saved || resumed == saving, $"{description}: resumed another checkpoint");
        Assert.True(
            reply[2] == deadId.ToString(CultureInfo.InvariantCulture),
            $"{description}: stale holder not named"
        );
        _statistics.RecordTakeOver(reply[3] == "next");

        _round = resumed;
        Finish(loser);
    }

    private void AssertCheckpointCounts(int race)
    {
        var entry = Assert.Single(new SessionStorageRepository(_temp.Repository).Scan());

        Assert.True(entry.Status == SessionStatus.Resumable, $"race {race}: {entry.Status} {entry.Reason}");
        Assert.Equal(_round, entry.Metadata["Round"].GetInt32());
    }

    private static int Last(string line) => Number(line[(line.LastIndexOf(' ') + 1)..]);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static long Ticks(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static int Rounds()
    {
        var configured = Environment.GetEnvironmentVariable("SESSIONTOOLKIT_RACE_ROUNDS");
        return int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultRounds;
    }
}
