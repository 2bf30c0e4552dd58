using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;

namespace SessionToolkit.Tests.Generated;

public enum Color
{
    Red,
    Green,
    Blue,
}

[SessionData]
public partial class Leaf
{
    public string Name { get; set; } = "";

    public int? Weight { get; set; }
}

[SessionData]
public partial struct Pair
{
    public int Left { get; set; }

    public int Right { get; set; }
}

[SessionState(Version = 1)]
public partial class AllTypes
{
    public bool Flag { get; set; }
    public byte U8 { get; set; }
    public sbyte S8 { get; set; }
    public short S16 { get; set; }
    public ushort U16 { get; set; }
    public int S32 { get; set; }
    public uint U32 { get; set; }
    public long S64 { get; set; }
    public ulong U64 { get; set; }
    public nint Native { get; set; }
    public nuint UNative { get; set; }
    public Int128 Big { get; set; }
    public UInt128 UBig { get; set; }
    public Half Small { get; set; }
    public float F32 { get; set; }
    public double F64 { get; set; }
    public double NotANumber { get; set; }
    public decimal Money { get; set; }
    public char Letter { get; set; }
    public string Text { get; set; } = "";
    public string? Maybe { get; set; }
    public Guid Id { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset WhenOffset { get; set; }
    public TimeSpan Duration { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public Uri? Link { get; set; }
    public byte[] Blob { get; set; } = [];
    public int? MaybeNumber { get; set; }
    public Color Color { get; set; }
    public Color? MaybeColor { get; set; }
    public int[] Numbers { get; set; } = [];
    public List<string?> Names { get; set; } = [];
    public IEnumerable<int> Sequence { get; set; } = [];
    public IReadOnlyList<int> ReadOnlyList { get; set; } = [];
    public IList<int> MutableList { get; set; } = [];
    public ICollection<int> Collection { get; set; } = [];
    public IReadOnlyCollection<int> ReadOnlyCollection { get; set; } = [];
    public HashSet<string> Set { get; set; } = [];
    public ISet<int> SetInterface { get; set; } = new HashSet<int>();
    public IReadOnlySet<int> ReadOnlySet { get; set; } = new HashSet<int>();
    public Dictionary<string, int?> ByName { get; set; } = [];
    public Dictionary<Color, string> ByColor { get; set; } = [];
    public Dictionary<long, double> ByNumber { get; set; } = [];
    public IDictionary<string, int> DictionaryInterface { get; set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> ReadOnlyDictionary { get; set; } = new Dictionary<string, int>();
    public ImmutableArray<int> Frozen { get; set; } = [];
    public ImmutableList<string> FrozenList { get; set; } = [];
    public ImmutableHashSet<int> FrozenSet { get; set; } = [];
    public ImmutableDictionary<string, int> FrozenMap { get; set; } = ImmutableDictionary<string, int>.Empty;
    public Leaf? Child { get; set; }
    public List<Leaf> Children { get; set; } = [];
    public Pair Pair { get; set; }
    public Pair? MaybePair { get; set; }
    public Dictionary<string, List<int?>> Nested { get; set; } = [];
    public JsonElement Raw { get; set; }
}
