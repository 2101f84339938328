namespace SelfCare.Platform.Documents;

/// <summary>Page margins in millimetres. A header or footer is drawn inside the top or bottom margin: leave room.</summary>
public sealed record PdfMargins(double Top, double Right, double Bottom, double Left)
{
    public static PdfMargins Default { get; } = Uniform(15);

    public static PdfMargins Uniform(double millimetres) => new(millimetres, millimetres, millimetres, millimetres);
}
