namespace SelfCare.Host.Documents;

/// <summary>Settings under SelfCare:Pdf.</summary>
internal sealed class PdfRendererOptions
{
    public const string Section = "SelfCare:Pdf";

    /// <summary>Debian's package puts it here (apt-get install -y chromium).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages printing at once in the one browser; about one per core.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>Default time limit of one render (PdfOptions.Timeout overrides it).</summary>
    public double RenderTimeoutSeconds { get; set; } = 30;

    /// <summary>Time limit of starting Chromium.</summary>
    public double LaunchTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest HTML accepted, in characters.</summary>
    public int MaxHtmlLength { get; set; } = 20 * 1024 * 1024;
}
