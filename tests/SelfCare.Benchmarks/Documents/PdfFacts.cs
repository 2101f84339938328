using System.Text;
using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.Documents;

/// <summary>Checks that a file is a PDF and counts its pages (Chromium writes page objects uncompressed).</summary>
internal static partial class PdfFacts
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    public static int Pages(byte[] pdf)
    {
        if (pdf.Length < 5 || Encoding.ASCII.GetString(pdf, 0, 5) != "%PDF-")
            throw new InvalidOperationException("Not a PDF.");
        return PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
    }
}
