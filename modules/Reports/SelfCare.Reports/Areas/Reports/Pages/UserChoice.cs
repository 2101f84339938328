namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>A portal user the schedule form offers as a recipient; <see cref="Note"/> says why one no longer receives.</summary>
internal sealed record UserChoice(string Id, string Label, string? Note);
