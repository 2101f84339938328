using System.Globalization;

namespace SelfCare.Host.Themes;

/// <summary>WCAG contrast ratio, used to refuse brand colours that make white tab text unreadable.</summary>
internal static class ColorContrast
{
    public static double AgainstWhite(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
        return 1.05 / (luminance + 0.05);
    }
}
