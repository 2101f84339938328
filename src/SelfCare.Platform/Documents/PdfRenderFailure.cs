namespace SelfCare.Platform.Documents;

/// <summary>Why a PDF was not rendered.</summary>
public enum PdfRenderFailure
{
    /// <summary>Chromium is not installed where configured: the message names the package.</summary>
    BrowserMissing,

    /// <summary>Chromium is there but would not start.</summary>
    BrowserFailed,

    /// <summary>The render ran past its time limit and was abandoned.</summary>
    Timeout,

    /// <summary>The input was refused (too large).</summary>
    InvalidInput,

    /// <summary>Anything else that went wrong while printing.</summary>
    RenderFailed,
}
