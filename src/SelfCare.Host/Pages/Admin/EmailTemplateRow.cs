namespace SelfCare.Host.Pages.Admin;

/// <summary>One line of the Email templates list.</summary>
internal sealed record EmailTemplateRow(string Name, string Description, string Owner, bool IsCustom, DateTime? UpdatedAt, string? UpdatedBy);
