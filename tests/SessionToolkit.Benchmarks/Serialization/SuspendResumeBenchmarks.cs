using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SessionToolkit.Benchmarks.State;

namespace SessionToolkit.Benchmarks.Serialization;

/// <summary>
/// Suspend and resume of the uncompressed envelope JSON: the generated serializer against System.Text.Json's
/// source generator and its reflection serializer. Every writer appends to one reused buffer, so the allocations
/// shown are the serializer's own.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SuspendResumeBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private const string FirstCall = "Resume, first call";
    private const string SuspendFirstCall = "Suspend, first call";

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private BenchSession _session = new();
    private JsonEnvelope _envelope = new();
    private byte[] _json = [];

    /// <summary>The JSON that the generated writer wrote in <see cref="Setup"/>.</summary>
    public byte[] GeneratedJson => _json;

    /// <summary>The bytes that the last suspend row wrote.</summary>
    public System.ReadOnlyMemory<byte> LastWritten => _buffer.WrittenMemory;

    /// <summary>Number of jobs in the session.</summary>
    [Params(100, 1_000, 10_000)]
    public int Jobs { get; set; }

    /// <summary>Builds the session and the JSON that the resume benchmarks read.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _session = SessionFactory.Create(Jobs);
        _envelope = JsonEnvelope.Of(_session);
        _buffer.ResetWrittenCount();
        SessionSerializer.SuspendJson(_session, _buffer);
        _json = _buffer.WrittenSpan.ToArray();
    }

    /// <summary>The generated writer.</summary>
    [Benchmark(Baseline = true, Description = "Generated")]
    [BenchmarkCategory("Suspend")]
    public int SuspendGenerated()
    {
        _buffer.ResetWrittenCount();
        SessionSerializer.SuspendJson(_session, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>System.Text.Json's source-generated serializer.</summary>
    [Benchmark(Description = "STJ source gen")]
    [BenchmarkCategory("Suspend")]
    public int SuspendSourceGen()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _envelope, BenchJsonContext.Default.JsonEnvelope);
        return _buffer.WrittenCount;
    }

    /// <summary>System.Text.Json's reflection serializer.</summary>
    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory("Suspend")]
    public int SuspendReflection()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _envelope, ReflectionOptions);
        return _buffer.WrittenCount;
    }

    /// <summary>The generated reader, with the envelope checks of Resume.</summary>
    [Benchmark(Baseline = true, Description = "Generated")]
    [BenchmarkCategory("Resume")]
    public BenchSession ResumeGenerated() => SessionSerializer.ResumeJson<BenchSession>(_json);

    /// <summary>
    /// The envelope scan alone, which checks the whole JSON and steps over the session. Resume still runs it for
    /// checkpoints whose session comes before version and type. For Suspend's own order it now reads the session in
    /// the scan's pass, and this row shows the time that saves.
    /// </summary>
    [Benchmark(Description = "Envelope scan alone")]
    [BenchmarkCategory("Resume")]
    public bool ScanEnvelope()
    {
        var head = new EnvelopeHead();
        return EnvelopeScanner.Scan(_json, SessionSerializerOptions.Default, null, EnvelopeReading.Whole, ref head)
            is null;
    }

    /// <summary>System.Text.Json's source-generated deserializer.</summary>
    [Benchmark(Description = "STJ source gen")]
    [BenchmarkCategory("Resume")]
    public BenchSession ResumeSourceGen() =>
        JsonSerializer.Deserialize(_json, BenchJsonContext.Default.JsonEnvelope)!.Session;

    /// <summary>System.Text.Json's reflection deserializer.</summary>
    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory("Resume")]
    public BenchSession ResumeReflection() =>
        JsonSerializer.Deserialize<JsonEnvelope>(_json, ReflectionOptions)!.Session;

    /// <summary>
    /// The generated reader again, as the baseline of the first-call rows: it keeps no cache, so its first resume in
    /// a process costs what every later one does, once the code is compiled.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Generated")]
    [BenchmarkCategory(FirstCall)]
    public BenchSession ResumeGeneratedFirstCall() => SessionSerializer.ResumeJson<BenchSession>(_json);

    /// <summary>
    /// System.Text.Json's source-generated deserializer on a new context, whose type metadata is built on this
    /// call, as on the one resume of a process that has just started.
    /// </summary>
    [Benchmark(Description = "STJ source gen")]
    [BenchmarkCategory(FirstCall)]
    public BenchSession ResumeSourceGenFirstCall()
    {
        // The copy keeps the context's generated settings (snake_case, enums by name); the new context then
        // becomes its resolver.
        var options = new JsonSerializerOptions(BenchJsonContext.Default.Options) { TypeInfoResolver = null };
        var context = new BenchJsonContext(options);
        return JsonSerializer.Deserialize(_json, context.JsonEnvelope)!.Session;
    }

    /// <summary>
    /// System.Text.Json's reflection deserializer with new options. The new resolver instance keeps the options
    /// from sharing the metadata cache of earlier, equal options, so the metadata is built by reflection on this
    /// call.
    /// </summary>
    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory(FirstCall)]
    public BenchSession ResumeReflectionFirstCall()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        return JsonSerializer.Deserialize<JsonEnvelope>(_json, options)!.Session;
    }

    /// <summary>The generated writer again, as the baseline of the suspend first-call rows.</summary>
    [Benchmark(Baseline = true, Description = "Generated")]
    [BenchmarkCategory(SuspendFirstCall)]
    public int SuspendGeneratedFirstCall() => SuspendGenerated();

    /// <summary>System.Text.Json's source-generated serializer on a new context, as in a process that has just started.</summary>
    [Benchmark(Description = "STJ source gen")]
    [BenchmarkCategory(SuspendFirstCall)]
    public int SuspendSourceGenFirstCall()
    {
        var options = new JsonSerializerOptions(BenchJsonContext.Default.Options) { TypeInfoResolver = null };
        var context = new BenchJsonContext(options);
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _envelope, context.JsonEnvelope);
        return _buffer.WrittenCount;
    }

    /// <summary>System.Text.Json's reflection serializer with new options, whose metadata is built on this call.</summary>
    [Benchmark(Description = "STJ reflection")]
    [BenchmarkCategory(SuspendFirstCall)]
    public int SuspendReflectionFirstCall()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _envelope, options);
        return _buffer.WrittenCount;
    }
}
