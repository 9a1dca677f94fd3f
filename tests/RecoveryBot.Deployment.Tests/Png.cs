using System.Buffers.Binary;
using System.IO.Compression;

namespace RecoveryBot.Deployment.Tests;

/// <summary>
/// Just enough of PNG to check the Teams icons: the IHDR header, and full decoding of 8-bit
/// non-interlaced RGB / RGBA images (all five scanline filters) to inspect pixels.
/// </summary>
internal sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public int BitDepth { get; private init; }
    public int ColorType { get; private init; }
    public int Interlace { get; private init; }

    /// <summary>RGBA bytes, row-major; null when the format is outside what this reader decodes.</summary>
    public byte[]? Rgba { get; private init; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var data = Rgba ?? throw new InvalidOperationException("pixels were not decoded");
        var i = ((y * Width) + x) * 4;
        return (data[i], data[i + 1], data[i + 2], data[i + 3]);
    }

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file");
        }

        int width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        var first = true;
        while (offset + 8 <= bytes.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var body = bytes.AsSpan(offset + 8, length);
            if (first && type != "IHDR")
            {
                throw new InvalidDataException("the first chunk must be IHDR");
            }

            first = false;
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(body);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                    bitDepth = body[8];
                    colorType = body[9];
                    interlace = body[12];
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
            }

            offset += 12 + length; // length + type + body + CRC
            if (type == "IEND")
            {
                break;
            }
        }

        byte[]? rgba = null;
        if (bitDepth == 8 && interlace == 0 && colorType is 2 or 6)
        {
            rgba = Decode(idat.ToArray(), width, height, colorType == 6 ? 4 : 3);
        }

        return new Png { Width = width, Height = height, BitDepth = bitDepth, ColorType = colorType, Interlace = interlace, Rgba = rgba };
    }

    private static byte[] Decode(byte[] compressed, int width, int height, int channels)
    {
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var data = raw.ToArray();

        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var rowStart = y * (stride + 1);
            var filter = data[rowStart];
            for (var i = 0; i < stride; i++)
            {
                var x = data[rowStart + 1 + i];
                int a = i >= channels ? current[i - channels] : 0;
                int b = previous[i];
                int c = i >= channels ? previous[i - channels] : 0;
                current[i] = filter switch
                {
                    0 => x,
                    1 => (byte)(x + a),
                    2 => (byte)(x + b),
                    3 => (byte)(x + ((a + b) / 2)),
                    4 => (byte)(x + Paeth(a, b, c)),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
            }

            for (var px = 0; px < width; px++)
            {
                var o = ((y * width) + px) * 4;
                rgba[o] = current[px * channels];
                rgba[o + 1] = current[(px * channels) + 1];
                rgba[o + 2] = current[(px * channels) + 2];
                rgba[o + 3] = channels == 4 ? current[(px * channels) + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
