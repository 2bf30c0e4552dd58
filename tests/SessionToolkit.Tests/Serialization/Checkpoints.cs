using System.IO;
using System.IO.Compression;
using System.Text;

namespace SessionToolkit.Tests.Serialization;

/// <summary>Builds and takes apart checkpoint bytes with the framework's own gzip, independent of the product.</summary>
internal static class Checkpoints
{
    public static byte[] Gzip(string json) => Gzip(Encoding.UTF8.GetBytes(json));

    public static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static string Gunzip(byte[] checkpoint)
    {
        using var gzip = new GZipStream(new MemoryStream(checkpoint), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, Encoding.UTF8);
        return text.ReadToEnd();
    }
}
