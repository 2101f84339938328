namespace SelfCare.HelpDesk.Contracts;

/// <summary>
/// A ticket's support tier as HelpDesk classified it, for modules that price or draw time by tier (Agreements). Register it scoped;
/// callers skip it when the HelpDesk feature is off (<see cref="ModuleId"/>). Within the caller's account scope.
/// </summary>
public interface ISupportTierLookup
{
    string ModuleId { get; }

    /// <summary>The ticket's tier, or null when HelpDesk has no row for it (opened before the module was on, or not visible).</summary>
    Task<SupportTierInfo?> FindAsync(Guid ticketId, CancellationToken cancellationToken);
}
