namespace SelfCare.Host.Pages.Admin;

internal sealed record FeatureRow(string Id, string Name, string Description, IReadOnlyList<string> Needs, bool Enabled, bool InProfile);
