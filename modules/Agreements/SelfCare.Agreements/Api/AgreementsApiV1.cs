using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Api;

namespace SelfCare.Agreements.Api;

/// <summary>Agreements, purchases and time entries in version 1 of the integration API, by external id. API keys act as the system.</summary>
internal static class AgreementsApiV1
{
    public static void MapAgreementsApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/agreements", async (PageRequest page, string? account, AgreementsDbContext db, IAccountReferences accounts, BalanceQuery balances,
                TenantToday today, HttpContext http, CancellationToken ct) =>
            {
                var rows = db.Agreements.AsNoTracking();
                if (account is not null)
                {
                    if (await accounts.FindByExternalIdOrNumberAsync(account, ct) is not { } found)
                        throw ApiProblemException.Validation(new Dictionary<string, string[]> { ["account"] = [AccountFilterLookup.UnknownMessage(account)] });
                    rows = rows.Where(a => a.AccountId == found.Id);
                }
                var result = await rows.OrderBy(a => a.Number).ToPageAsync(page, http, ct);
                var buckets = await balances.BucketsAsync(result.Items, ct);
                var owners = (await accounts.FindAsync([.. result.Items.Select(a => a.AccountId).Distinct()], ct)).ToDictionary(a => a.Id, a => a.Number);
                var day = today.Value;
                return result.WithItems<AgreementV1>([.. result.Items.Select(a =>
                    AgreementViews.ToV1(a, owners.GetValueOrDefault(a.AccountId), day, buckets[a.Id].Sum(x => x.Balance)))]);
            })
            .RequireApiScope(AgreementsModule.Id, ApiAccess.Read)
            .WithSummary("List agreements")
            .WithDescription("Agreements ordered by number, paged, with derived status and pre-paid balance in hours; ?account= (external id or number) filters them.");

        v1.MapUpsert<AgreementUpsertV1, AgreementV1>("/agreements", r => r.Services.GetRequiredService<AgreementUpserts>().UpsertAsync(r))
            .RequireApiScope(AgreementsModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace an agreement by external id");

        v1.MapUpsert<PurchaseUpsertV1, PurchaseV1>("/agreement-purchases", r => r.Services.GetRequiredService<PurchaseUpserts>().UpsertAsync(r))
            .RequireApiScope(AgreementsModule.Id, ApiAccess.Write)
            .WithSummary("Record a paid block of pre-paid hours by external id (credited once)");

        v1.MapUpsert<TimeEntryUpsertV1, TimeEntryV1>("/time-entries", r => r.Services.GetRequiredService<TimeEntryUpserts>().UpsertAsync(r))
            .RequireApiScope(AgreementsModule.Id, ApiAccess.Write)
            .WithSummary("Log time on a ticket by external id (drawn once from the agreement's pre-paid hours)");
    }
}
