using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SessionToolkit.Tests.Hostile;

/// <summary>What one mutation of the JSON inside a checkpoint does.</summary>
internal enum JsonMutationKind
{
    /// <summary>Puts a hostile value in place of any value, the envelope object included.</summary>
    ReplaceValue,

    /// <summary>Removes an object member.</summary>
    DropMember,

    /// <summary>Writes an object member a second time, right after itself.</summary>
    RepeatMember,

    /// <summary>Gives a member the name of another member of the same object, or changes its case.</summary>
    RenameMember,

    /// <summary>Adds an unknown member, or a <c>$type</c> member, with a hostile value.</summary>
    InsertMember,

    /// <summary>Writes the members of an object in reverse order.</summary>
    ReverseMembers,

    /// <summary>Repeats or removes an array element, or appends a hostile one.</summary>
    ChangeElements,

    /// <summary>Wraps a value in an array.</summary>
    WrapInArray,

    /// <summary>Turns the checkpoint into version 1 with its member renamed, so that the migration path reads it.</summary>
    MakeVersionOne,

    /// <summary>Repeats an envelope member after the session member, where a head-only reader stops.</summary>
    RepeatEnvelopeMember,

    /// <summary>Cuts the JSON text at a byte position.</summary>
    Truncate,

    /// <summary>Replaces a few bytes of the text with JSON punctuation, digits and letters.</summary>
    SpliceText,

    /// <summary>Inserts bytes that are not UTF-8, a byte order mark or a NUL.</summary>
    InsertBytes,

    /// <summary>Appends data after the envelope.</summary>
    AppendData,
}

/// <summary>
/// One mutation of the JSON inside a checkpoint. <see cref="Position"/> (0 to 1) picks the node or byte it
/// applies to, and <see cref="Choice"/> picks among hostile values and variants.
/// </summary>
internal readonly record struct JsonMutation(JsonMutationKind Kind, double Position, int Choice)
{
    private static readonly byte[][] Insertions =
    [
        [0xFF],
        [0xC3],
        [0xEF, 0xBB, 0xBF],
        [0x00],
        [0xED, 0xA0, 0x80],
        "{}[],:\"0eE-.\\"u8.ToArray(),
    ];

    private static readonly byte[][] Appendices = ["{}"u8.ToArray(), " x"u8.ToArray(), [0x00], ",{}"u8.ToArray()];

    private static readonly byte[] Punctuation = "{}[]\":,0123456789.-eE truefalsnul\\"u8.ToArray();

    /// <summary>Applies the mutations in order to the JSON text <paramref name="json"/>.</summary>
    public static byte[] ApplyAll(byte[] json, IEnumerable<JsonMutation> mutations) =>
        mutations.Aggregate(json, (text, mutation) => mutation.Apply(text));

    /// <summary>Returns the mutated text. Text that no longer parses is changed at byte level only.</summary>
    public byte[] Apply(byte[] json)
    {
        switch (Kind)
        {
            case JsonMutationKind.Truncate:
                return json[..At(json.Length + 1)];
            case JsonMutationKind.SpliceText:
                return SpliceText(json);
            case JsonMutationKind.InsertBytes:
                var at = At(json.Length + 1);
                return [.. json[..at], .. Insertions[Choice % Insertions.Length], .. json[at..]];
            case JsonMutationKind.AppendData:
                return [.. json, .. Appendices[Choice % Appendices.Length]];
        }

        RawJson tree;
        try
        {
            tree = RawJson.Parse(json);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            // An earlier mutation broke the syntax; the tree mutations need a parsed document.
            return SpliceText(json);
        }

        return ApplyToTree(tree).ToBytes();
    }

    private RawJson ApplyToTree(RawJson root)
    {
        switch (Kind)
        {
            case JsonMutationKind.ReplaceValue:
                return ReplaceValue(root);
            case JsonMutationKind.WrapInArray:
                return Wrap(root);
            case JsonMutationKind.MakeVersionOne:
                MakeVersionOne(root);
                return root;
            case JsonMutationKind.RepeatEnvelopeMember:
                RepeatEnvelopeMember(root);
                return root;
            case JsonMutationKind.ChangeElements:
                ChangeElements(root);
                return root;
            case JsonMutationKind.ReverseMembers:
                if (Pick(Objects(root)) is { } reversed)
                {
                    reversed.Members.Reverse();
                }

                return root;
            default:
                ChangeMember(root);
                return root;
        }
    }

    private RawJson ReplaceValue(RawJson root)
    {
        var hostile = new RawScalar(HostileValues.All[Choice % HostileValues.All.Count]);
        var slots = Slots(root);
        var index = At(slots.Count + 1);
        if (index == slots.Count)
        {
            return hostile;
        }

        slots[index].Set(hostile);
        return root;
    }

    private RawJson Wrap(RawJson root)
    {
        var slots = Slots(root);
        var index = At(slots.Count + 1);
        if (index == slots.Count)
        {
            return new RawArray([root]);
        }

        slots[index].Set(new RawArray([slots[index].Get()]));
        return root;
    }

    private void ChangeMember(RawJson root)
    {
        var members = Objects(root).SelectMany(owner => owner.Members.Select((_, i) => (owner, i))).ToList();
        if (members.Count == 0)
        {
            return;
        }

        var (owner, index) = members[At(members.Count)];
        var member = owner.Members[index];
        switch (Kind)
        {
            case JsonMutationKind.DropMember:
                owner.Members.RemoveAt(index);
                break;
            case JsonMutationKind.RepeatMember:
                owner.Members.Insert(index + 1, member.Clone());
                break;
            case JsonMutationKind.RenameMember:
                member.Name =
                    Choice % 2 == 0 ? owner.Members[Choice % owner.Members.Count].Name : SwapCase(member.Name);
                break;
            default:
                var name = Choice % 3 == 0 ? "\"$type\""u8.ToArray() : Encoding.ASCII.GetBytes($"\"unknown{Choice}\"");
                owner.Members.Insert(index, new RawMember(name, new RawScalar(HostileAt(Choice))));
                break;
        }
    }

    private void ChangeElements(RawJson root)
    {
        if (Pick(Arrays(root)) is not { } array)
        {
            return;
        }

        switch (Choice % 3)
        {
            case 0 when array.Items.Count > 0:
                array.Items.RemoveAt(Choice % array.Items.Count);
                break;
            case 1 when array.Items.Count > 0:
                array.Items.Add(array.Items[Choice % array.Items.Count].Clone());
                break;
            default:
                array.Items.Add(new RawScalar(HostileAt(Choice)));
                break;
        }
    }

    private static void MakeVersionOne(RawJson root)
    {
        if (root is not RawObject envelope)
        {
            return;
        }

        foreach (var member in envelope.Members)
        {
            if (member.Name.AsSpan().SequenceEqual("\"version\""u8))
            {
                member.Value = new RawScalar("1"u8.ToArray());
            }

            if (member.Name.AsSpan().SequenceEqual("\"session\""u8) && member.Value is RawObject session)
            {
                foreach (
                    var field in session.Members.Where(field => field.Name.AsSpan().SequenceEqual("\"Attempt\""u8))
                )
                {
                    field.Name = "\"tries\""u8.ToArray();
                }
            }
        }
    }

    private void RepeatEnvelopeMember(RawJson root)
    {
        if (root is RawObject { Members.Count: > 0 } envelope)
        {
            envelope.Members.Add(envelope.Members[Choice % envelope.Members.Count].Clone());
        }
    }

    private byte[] SpliceText(byte[] json)
    {
        var start = At(json.Length + 1);
        var length = Math.Min(json.Length - start, Choice % 4);
        var seed = Choice;
        var insert = Enumerable
            .Range(0, seed % 5)
            .Select(i => Punctuation[((long)seed * 7 + i * 13) % Punctuation.Length]);
        return [.. json[..start], .. insert, .. json[(start + length)..]];
    }

    private int At(int count) => Math.Min((int)(Position * count), count - 1);

    private T? Pick<T>(List<T> nodes)
        where T : class => nodes.Count == 0 ? null : nodes[At(nodes.Count)];

    private static byte[] HostileAt(int choice) => HostileValues.All[choice % HostileValues.All.Count];

    private static byte[] SwapCase(byte[] name) =>
        [
            .. name.Select(b =>
                b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32)
                : b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32)
                : b
            ),
        ];

    private static List<RawObject> Objects(RawJson root) => Nodes(root).OfType<RawObject>().ToList();

    private static List<RawArray> Arrays(RawJson root) => Nodes(root).OfType<RawArray>().ToList();

    private static IEnumerable<RawJson> Nodes(RawJson node)
    {
        yield return node;
        var children = node switch
        {
            RawObject obj => obj.Members.Select(member => member.Value),
            RawArray array => array.Items,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Nodes))
        {
            yield return descendant;
        }
    }

    /// <summary>Every place below the root where a value is, in document order.</summary>
    private static List<Slot> Slots(RawJson root)
    {
        var slots = new List<Slot>();
        foreach (var node in Nodes(root))
        {
            if (node is RawObject obj)
            {
                slots.AddRange(
                    obj.Members.Select(member => new Slot(() => member.Value, value => member.Value = value))
                );
            }
            else if (node is RawArray array)
            {
                slots.AddRange(
                    Enumerable
                        .Range(0, array.Items.Count)
                        .Select(i => new Slot(() => array.Items[i], v => array.Items[i] = v))
                );
            }
        }

        return slots;
    }

    private sealed record Slot(Func<RawJson> Get, Action<RawJson> Set);
}
