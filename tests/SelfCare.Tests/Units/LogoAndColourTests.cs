using SelfCare.Host.Themes;

namespace SelfCare.Tests.Units;

public sealed class LogoAndColourTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "jpg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "webp")]
    [InlineData(new byte[] { (byte)'<', (byte)'s', (byte)'v', (byte)'g' }, null)]
    [InlineData(new byte[] { (byte)'M', (byte)'Z' }, null)]
    [InlineData(new byte[0], null)]
    public void Logos_are_recognised_by_their_bytes(byte[] head, string? expected) =>
        Assert.Equal(expected, LogoFile.DetectExtension(head));

    [Theory]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#1f4e79", 8.7)]
    public void Contrast_against_white_follows_wcag(string colour, double expected) =>
        Assert.Equal(expected, ColorContrast.AgainstWhite(colour), 1);
}
