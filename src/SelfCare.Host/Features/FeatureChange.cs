namespace SelfCare.Host.Features;

internal sealed record FeatureChange(bool Succeeded, string? Reason)
{
    public static readonly FeatureChange Done = new(true, null);
    public static FeatureChange Refused(string reason) => new(false, reason);
}
