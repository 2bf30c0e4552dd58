using SessionToolkit.Generators.Model;

namespace SessionToolkit.Generators;

// [SessionDerivedType] dispatch: the base type's Write hands a derived value to the derived serializer with its
// discriminator, and its Read looks up "$type" wherever it is in the object before choosing the serializer.
public sealed partial class SessionStateGenerator
{
    private static void EmitDerivedWrites(IndentedWriter writer, TypeSpec spec)
    {
        if (spec.DerivedTypes.Count == 0)
        {
            return;
        }

        writer.Open("switch (__value)");
        for (var i = 0; i < spec.DerivedTypes.Count; i++)
        {
            var derived = spec.DerivedTypes[i];
            writer.Line($"case {derived.TypeName} __derived{Index(i)}:");
            writer.Line(
                $"    __context.WriteDerived<{derived.TypeName}>(__writer, __derived{Index(i)}, {Quote(derived.Discriminator)});"
            );
            writer.Line("    return;");
        }

        writer.Close();
    }

    private static void EmitDerivedReads(IndentedWriter writer, TypeSpec spec)
    {
        if (spec.DerivedTypes.Count == 0 && !spec.IsAbstract)
        {
            return;
        }

        writer.Line("var __discriminator = __context.FindDiscriminator(__reader);");
        writer.Open("switch (__discriminator)");
        foreach (var derived in spec.DerivedTypes)
        {
            writer.Line($"case {Quote(derived.Discriminator)}:");
            writer.Line($"    return __context.ReadData<{derived.TypeName}>(ref __reader);");
        }

        if (!spec.IsAbstract)
        {
            writer.Line("case null:");
            writer.Line("    break;");
        }

        writer.Line("default:");
        writer.Line($"    throw __context.UnknownDiscriminator(__discriminator, {Quote(spec.TypeId)});");
        writer.Close();
    }
}
