using System;
using System.Collections.Generic;
using System.Linq;

namespace SessionToolkit.Tests.Concurrency;

/// <summary>What the races did: who won, how far apart the two calls started, and what the take-overs found.</summary>
internal sealed class RaceStatistics
{
    private readonly int[] _wins = new int[2];
    private readonly List<double> _skewMicroseconds = [];
    private int _holderNamed;
    private int _overlapping;
    private int _takeOvers;
    private int _leftoverSaves;

    /// <summary>
    /// Records one race: the winner's slot, whether the loser's error named the holder, when the winner's
    /// LoadSession call started and returned, and when the loser's started (UTC ticks).
    /// </summary>
    public void Record(int winner, bool holderNamed, (long Start, long End) winnerCall, long loserStart)
    {
        _wins[winner]++;
        _holderNamed += holderNamed ? 1 : 0;
        _overlapping += loserStart <= winnerCall.End ? 1 : 0;
        _skewMicroseconds.Add(Math.Abs(winnerCall.Start - loserStart) / (double)TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Records one take-over of a killed winner's lock, and whether it found an interrupted save.</summary>
    public void RecordTakeOver(bool leftoverSave)
    {
        _takeOvers++;
        _leftoverSaves += leftoverSave ? 1 : 0;
    }

    public string Summary(int rounds)
    {
        var skew = _skewMicroseconds.Order().ToArray();
        return $"{rounds} races: first child won {_wins[0]}, second {_wins[1]}; the loser's error named the holder "
            + $"in {_holderNamed}; the loser's call started before the winner's returned in {_overlapping}; "
            + $"start skew median {Percentile(skew, 0.5):F0} µs, 99th percentile "
            + $"{Percentile(skew, 0.99):F0} µs, max {skew[^1]:F0} µs; {_takeOvers} winners killed and their "
            + $"locks taken over, {_leftoverSaves} of them while a save was in flight (session.next broken).";
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
}
