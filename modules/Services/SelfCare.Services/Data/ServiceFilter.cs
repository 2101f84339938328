namespace SelfCare.Services.Data;

/// <summary>The list's filters as the user typed them; <see cref="ServiceQuery"/> turns them into a query.</summary>
internal sealed record ServiceFilter(Guid? Account, ServiceStatus? Status, string? Search);
