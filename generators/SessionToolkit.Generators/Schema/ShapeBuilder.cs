using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SessionToolkit.Generators.Model;
using SessionToolkit.Generators.Schema.Model;

namespace SessionToolkit.Generators.Schema;

/// <summary>
/// Describes the persisted shape of a state type from the generator's own models, so that the schema records
/// exactly what the generated serializer writes. The generator and the analyzer both use it.
/// </summary>
internal sealed class ShapeBuilder
{
    private static readonly Dictionary<string, string> ScalarNames = new()
    {
        ["Boolean"] = "bool",
        ["Char"] = "char",
        ["SByte"] = "sbyte",
        ["Byte"] = "byte",
        ["Int16"] = "int16",
        ["UInt16"] = "uint16",
        ["Int32"] = "int32",
        ["UInt32"] = "uint32",
        ["Int64"] = "int64",
        ["UInt64"] = "uint64",
        ["Int128"] = "int128",
        ["UInt128"] = "uint128",
        ["IntPtr"] = "nint",
        ["UIntPtr"] = "nuint",
        ["Half"] = "half",
        ["Single"] = "single",
        ["Double"] = "double",
        ["Decimal"] = "decimal",
        ["String"] = "string",
        ["ByteArray"] = "bytes",
        ["Guid"] = "guid",
        ["DateTime"] = "datetime",
        ["DateTimeOffset"] = "datetimeoffset",
        ["TimeSpan"] = "timespan",
        ["DateOnly"] = "dateonly",
        ["TimeOnly"] = "timeonly",
        ["Uri"] = "uri",
        ["JsonElement"] = "json",
    };

    private readonly Func<string, TypeSpec?> _findType;
    private readonly SortedDictionary<string, ObjectShapeSpec> _objects = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, EnumShapeSpec> _enums = new(StringComparer.Ordinal);
    private readonly Queue<string> _pending = new();

    private ShapeBuilder(Func<string, TypeSpec?> findType) => _findType = findType;

    /// <summary>
    /// Describes <paramref name="state"/>. <paramref name="findType"/> returns the spec of a data or state type by
    /// its <see cref="TypeSpec.FullTypeName"/>, or null for a type declared outside the compilation, which is then
    /// recorded by name only.
    /// </summary>
    public static ShapeSpec Build(TypeSpec state, Func<string, TypeSpec?> findType)
    {
        var builder = new ShapeBuilder(findType);
        var root = builder.Describe(state);
        while (builder._pending.Count > 0)
        {
            builder.AddObject(builder._pending.Dequeue());
        }

        return new ShapeSpec(
            state.Version,
            root,
            builder._objects.Values.ToEquatableArray(),
            builder._enums.Values.ToEquatableArray()
        );
    }

    /// <summary>The schema's name of a type: its C# name without any <c>global::</c>.</summary>
    public static string PlainName(string typeName) => typeName.Replace("global::", "").TrimEnd('?');

    private void AddObject(string fullTypeName)
    {
        var name = PlainName(fullTypeName);
        if (_objects.ContainsKey(name) || _findType(fullTypeName) is not { } spec)
        {
            return;
        }

        // Added before its members are described, so that a type that contains itself is described once.
        _objects[name] = new ObjectShapeSpec(name, default, default, default);
        _objects[name] = Describe(spec);
    }

    private ObjectShapeSpec Describe(TypeSpec spec)
    {
        var members = spec
            .Members.Select(m => new MemberShapeSpec(
                m.JsonName,
                Describe(m.Type, spec).ToString(),
                m.MustBePresent,
                m.Since
            ))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        var derived = spec
            .DerivedTypes.Select(d => new DerivedShapeSpec(d.Discriminator, PlainName(d.TypeName)))
            .OrderBy(d => d.Discriminator, StringComparer.Ordinal)
            .ToEquatableArray();
        foreach (var type in spec.DerivedTypes)
        {
            _pending.Enqueue(type.TypeName);
        }

        return new ObjectShapeSpec(PlainName(spec.FullTypeName), members, derived, EquatableArray<string>.Empty);
    }

    private WireType Describe(TypeRefSpec type, TypeSpec owner)
    {
        var nullable = type.AllowsNull && type.Kind != ValueKind.Converter;
        switch (type.Kind)
        {
            case ValueKind.Scalar:
                return new WireType(ScalarNames[type.Helper], "", null, null, nullable);
            case ValueKind.Enum:
                return new WireType(WireType.Enum, AddEnum(owner.Enums[Index(type)]), null, null, nullable);
            case ValueKind.Converter:
                var converter = PlainName(owner.Converters[Index(type)].ConverterType);
                return new WireType(WireType.Converter, converter, null, null, false);
            case ValueKind.Data:
                _pending.Enqueue(type.BareTypeName);
                return new WireType(WireType.Object, PlainName(type.BareTypeName), null, null, nullable);
            case ValueKind.NullableValue:
                return Describe(type.Element!, owner) with { Nullable = true };
            case ValueKind.Dictionary or ValueKind.ImmutableDictionary:
                var key = Describe(type.Key!, owner);
                return new WireType(WireType.Map, "", Describe(type.Element!, owner), key, nullable);
            default:
                return new WireType(WireType.Array, "", Describe(type.Element!, owner), null, nullable);
        }
    }

    private string AddEnum(EnumSpec spec)
    {
        var name = PlainName(spec.TypeName);
        var values = spec.Members.Select(m => m.Name).Distinct().OrderBy(v => v, StringComparer.Ordinal);
        _enums[name] = new EnumShapeSpec(name, values.ToEquatableArray());
        return name;
    }

    private static int Index(TypeRefSpec type) => int.Parse(type.Helper, CultureInfo.InvariantCulture);
}
