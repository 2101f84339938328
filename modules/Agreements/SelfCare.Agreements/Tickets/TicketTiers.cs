using Microsoft.FeatureManagement;
using SelfCare.Agreements.Data;
using SelfCare.HelpDesk.Contracts;

namespace SelfCare.Agreements.Tickets;

/// <summary>A ticket's tier from HelpDesk (through its contract) while HelpDesk is on; null otherwise, and staff choose it.</summary>
internal sealed class TicketTiers(IEnumerable<ISupportTierLookup> lookups, IVariantFeatureManager features)
{
    public async Task<TicketTier?> FindAsync(Guid ticketId, CancellationToken ct)
    {
        foreach (var lookup in lookups)
        {
            if (await features.IsEnabledAsync(lookup.ModuleId, ct) && await lookup.FindAsync(ticketId, ct) is { } info
                && Enum.TryParse<SupportTier>(info.Tier, out var tier))
                return new TicketTier(tier, info.OutsideHours);
        }
        return null;
    }
}
