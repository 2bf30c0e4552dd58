using System.Globalization;
using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// Expressions that write or read one value of any supported shape. Collections take the element code as a
// static lambda; the lambda parameters carry the nesting depth in their names, so nested lambdas never shadow.
public sealed partial class SessionStateGenerator
{
    private static string WriterName(int depth) => depth == 0 ? "__writer" : "__w" + Depth(depth);

    private static string ContextName(int depth) => depth == 0 ? "__context" : "__c" + Depth(depth);

    private static string ReaderName(int depth) => depth == 0 ? "__reader" : "__r" + Depth(depth);

    private static string Depth(int depth) => depth.ToString(CultureInfo.InvariantCulture);

    // 'leafName' is the JSON name of a leaf member, which has no path segment of its own, for a null error's path.
    private static string WriteValue(TypeRefSpec type, string value, int depth, string? leafName = null)
    {
        var w = WriterName(depth);
        var c = ContextName(depth);
        if (type.Kind == ValueKind.Converter)
        {
            return $"global::{HelperClass}.Converter{type.Helper}.Write({w}, {value})";
        }

        if (type.Kind == ValueKind.NullableValue)
        {
            return $"{c}.WriteNullableValue<{type.Element!.TypeName}>({w}, {value}, {WriteLambda(type.Element, depth + 1)})";
        }

        // The context's writers of reference types write null themselves. Resume rejects null where the type is
        // declared non-nullable, so there the value is checked first and the checkpoint is never written.
        if (type.IsReference && !type.AllowsNull)
        {
            var name = leafName is null ? "null" : Quote(leafName);
            value = $"{value} ?? throw {c}.NullNotAllowed({name})";
        }

        return WriteCore(type, value, depth);
    }

    private static string WriteLambda(TypeRefSpec type, int depth) =>
        $"static ({WriterName(depth)}, __v{Depth(depth)}, {ContextName(depth)}) => {WriteValue(type, "__v" + Depth(depth), depth)}";

    private static string WriteCore(TypeRefSpec type, string value, int depth)
    {
        var w = WriterName(depth);
        var c = ContextName(depth);
        var element = type.Element;
        return type.Kind switch
        {
            ValueKind.Scalar => $"{c}.Write{type.Helper}({w}, {value})",
            ValueKind.Enum => $"global::{HelperClass}.Enum{type.Helper}.Write({w}, {value})",
            ValueKind.Data => $"{c}.WriteData<{type.BareTypeName}>({w}, {value})",
            ValueKind.ImmutableArray =>
                $"{c}.WriteImmutableArray<{element!.TypeName}>({w}, {value}, {WriteLambda(element, depth + 1)})",
            ValueKind.Dictionary or ValueKind.ImmutableDictionary => WriteDictionary(type, value, depth),
            _ => $"{c}.WriteSequence<{element!.TypeName}>({w}, {value}, {WriteLambda(element, depth + 1)})",
        };
    }

    // String keys are the member names as they are, so their overload takes no key delegate.
    private static string WriteDictionary(TypeRefSpec type, string value, int depth)
    {
        var key = type.Key!;
        var element = type.Element!;
        var arguments = $"{WriterName(depth)}, {value}";
        var writeElement = WriteLambda(element, depth + 1);
        if (key.Kind == ValueKind.Scalar && key.Helper == "String")
        {
            return $"{ContextName(depth)}.WriteDictionary<{element.TypeName}>({arguments}, {writeElement})";
        }

        var keyWriter =
            key.Kind == ValueKind.Enum
                ? $"static __key => global::{HelperClass}.Enum{key.Helper}.ToKey(__key)"
                : $"static __key => {WriteContext}.FormatIntegerKey<{key.TypeName}>(__key)";
        return $"{ContextName(depth)}.WriteDictionary<{key.TypeName}, {element.TypeName}>({arguments}, {keyWriter}, {writeElement})";
    }

    private static string ReadValue(TypeRefSpec type, int depth)
    {
        var r = ReaderName(depth);
        var c = ContextName(depth);
        if (type.Kind == ValueKind.Converter)
        {
            return $"global::{HelperClass}.Converter{type.Helper}.Read(ref {r})";
        }

        if (type.IsReference)
        {
            var method = type.AllowsNull ? "ReadNullable" : "ReadNotNull";
            return $"{c}.{method}<{type.BareTypeName}>(ref {r}, {ReadLambda(type, depth + 1, nullChecked: true)})";
        }

        if (type.Kind == ValueKind.NullableValue)
        {
            return $"{c}.ReadNullableValue<{type.Element!.TypeName}>(ref {r}, {ReadLambda(type.Element, depth + 1, nullChecked: false)})";
        }

        return ReadCore(type, depth);
    }

    private static string ReadLambda(TypeRefSpec type, int depth, bool nullChecked)
    {
        var body = nullChecked ? ReadCore(type, depth) : ReadValue(type, depth);
        return $"static (ref {Reader} {ReaderName(depth)}, {ReadContext} {ContextName(depth)}) => {body}";
    }

    private static string ReadCore(TypeRefSpec type, int depth)
    {
        var r = ReaderName(depth);
        var c = ContextName(depth);
        var element = type.Element;
        var list = element is null
            ? ""
            : $"{c}.ReadList<{element.TypeName}>(ref {r}, {ReadLambda(element, depth + 1, false)})";
        var immutable = "global::System.Collections.Immutable.";
        return type.Kind switch
        {
            ValueKind.Scalar => $"{c}.Read{type.Helper}(ref {r})",
            ValueKind.Enum => $"global::{HelperClass}.Enum{type.Helper}.Read(ref {r}, {c})",
            ValueKind.Data => $"{c}.ReadData<{type.BareTypeName}>(ref {r})",
            ValueKind.Array => list + ".ToArray()",
            ValueKind.List => list,
            ValueKind.HashSet =>
                $"{c}.ReadHashSet<{element!.TypeName}>(ref {r}, {ReadLambda(element, depth + 1, false)})",
            ValueKind.ImmutableArray => $"{immutable}ImmutableArray.CreateRange<{element!.TypeName}>({list})",
            ValueKind.ImmutableList => $"{immutable}ImmutableList.CreateRange<{element!.TypeName}>({list})",
            ValueKind.ImmutableHashSet => $"{immutable}ImmutableHashSet.CreateRange<{element!.TypeName}>({list})",
            ValueKind.ImmutableDictionary =>
                $"{immutable}ImmutableDictionary.CreateRange<{type.Key!.TypeName}, {element!.TypeName}>({ReadDictionary(type, depth)})",
            _ => ReadDictionary(type, depth),
        };
    }

    private static string ReadDictionary(TypeRefSpec type, int depth)
    {
        var key = type.Key!;
        var keyReader = key.Kind switch
        {
            ValueKind.Enum =>
                $"static (__key, __keyContext) => global::{HelperClass}.Enum{key.Helper}.FromKey(__key, __keyContext)",
            _ when key.Helper == "String" => "static (__key, __keyContext) => __key",
            _ => $"static (__key, __keyContext) => __keyContext.ParseIntegerKey<{key.TypeName}>(__key)",
        };
        var element = type.Element!;
        return $"{ContextName(depth)}.ReadDictionary<{key.TypeName}, {element.TypeName}>(ref {ReaderName(depth)}, {keyReader}, {ReadLambda(element, depth + 1, false)})";
    }
}
