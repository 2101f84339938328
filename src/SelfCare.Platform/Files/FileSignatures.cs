using System.IO.Compression;
using System.Text;

namespace SelfCare.Platform.Files;

/// <summary>The byte checks behind <see cref="FileKind"/>.</summary>
internal static class FileSignatures
{
    public static bool StartsWith(Stream s, ReadOnlySpan<byte> signature)
    {
        Span<byte> head = stackalloc byte[signature.Length];
        return s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(signature);
    }

    public static bool IsGif(Stream s)
    {
        Span<byte> head = stackalloc byte[6];
        return s.ReadAtLeast(head, 6, throwOnEndOfStream: false) == 6 && (head.SequenceEqual("GIF87a"u8) || head.SequenceEqual("GIF89a"u8));
    }

    public static bool IsWebP(Stream s)
    {
        Span<byte> head = stackalloc byte[12];
        return s.ReadAtLeast(head, 12, throwOnEndOfStream: false) == 12
            && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Valid UTF-8 without NUL bytes that does not start like markup: HTML, XML or SVG renamed to .txt or .csv
    /// is refused rather than trusted to stay inert (downloads also carry nosniff and an attachment disposition).
    /// </summary>
    public static bool IsUtf8Text(Stream s)
    {
        if (StartsLikeMarkup(s))
            return false;
        s.Position = 0;
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        int read;
        try
        {
            while ((read = s.Read(bytes)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0))
                    return false;
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool StartsLikeMarkup(Stream s)
    {
        Span<byte> head = stackalloc byte[512];
        var read = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head[..read];
        if (text.StartsWith("\uFEFF"u8))
            text = text[3..];
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'<';
    }

    /// <summary>A ZIP with [Content_Types].xml and the part that makes it Word or Excel; a plain ZIP is not enough.</summary>
    public static bool IsOfficePackage(Stream s, string mainPart)
    {
        if (!StartsWith(s, [0x50, 0x4B, 0x03, 0x04]))
            return false;
        s.Position = 0;
        try
        {
            using var zip = new ZipArchive(s, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
