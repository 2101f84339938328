using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Api;

namespace SelfCare.Billing.Api;

/// <summary>
/// The ledger in version 1 of the integration API: the reseller's billing system posts invoices, adjustments and payments
/// by external id; balances are derived. API keys act as the system: every account of the tenant.
/// </summary>
internal static class BillingApiV1
{
    public static void MapBillingApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/invoices", async (PageRequest page, string? account, BillingDbContext db, IAccountReferences accounts, LedgerQuery ledger,
                HttpContext http, CancellationToken ct) =>
            {
                var invoices = await ForAccountAsync(db.Invoices.AsNoTracking(), account, accounts, ct);
                var result = await invoices.OrderBy(i => i.Number).ToPageAsync(page, http, ct);
                var balances = await ledger.InvoiceBalancesAsync(result.Items, ct);
                var owners = await OwnersAsync(accounts, result.Items.Select(i => i.AccountId), ct);
                return result.WithItems<InvoiceV1>([.. result.Items.Select(i => InvoiceViews.ToV1(i, owners.GetValueOrDefault(i.AccountId), balances[i.Id], false))]);
            })
            .RequireApiScope(BillingModule.Id, ApiAccess.Read)
            .WithSummary("List invoices")
            .WithDescription("All invoices ordered by number, paged, with derived balance and status; ?account= (external id or number) filters them.");

        v1.MapUpsert<InvoiceUpsertV1, InvoiceV1>("/invoices", r => r.Services.GetRequiredService<InvoiceUpserts>().UpsertAsync(r))
            .RequireApiScope(BillingModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace an invoice with its charge lines by external id");

        v1.MapGet("/payments", async (PageRequest page, string? account, BillingDbContext db, IAccountReferences accounts,
                HttpContext http, CancellationToken ct) =>
            {
                var payments = await ForAccountAsync(db.Payments.AsNoTracking().Include(p => p.Allocations), account, accounts, ct);
                var result = await payments.OrderBy(p => p.Date).ThenBy(p => p.Id).ToPageAsync(page, http, ct);
                var ids = result.Items.SelectMany(p => p.Allocations.Select(a => a.InvoiceId)).Distinct().ToList();
                var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
                var owners = await OwnersAsync(accounts, result.Items.Select(p => p.AccountId), ct);
                return result.WithItems<PaymentV1>([.. result.Items.Select(p => PaymentViews.ToV1(p, owners.GetValueOrDefault(p.AccountId)?.Number, numbers))]);
            })
            .RequireApiScope(BillingModule.Id, ApiAccess.Read)
            .WithSummary("List payments")
            .WithDescription("Payments (portal and billing system; refunds are negative) by date, paged; ?account= filters them.");

        v1.MapUpsert<PaymentUpsertV1, PaymentV1>("/payments", r => r.Services.GetRequiredService<PaymentUpserts>().UpsertAsync(r))
            .RequireApiScope(BillingModule.Id, ApiAccess.Write)
            .WithSummary("Record or replace a payment or refund by external id");

        v1.MapGet("/adjustments", async (PageRequest page, string? account, BillingDbContext db, IAccountReferences accounts,
                HttpContext http, CancellationToken ct) =>
            {
                var adjustments = await ForAccountAsync(db.Adjustments.AsNoTracking(), account, accounts, ct);
                var result = await adjustments.OrderBy(a => a.Date).ThenBy(a => a.Id).ToPageAsync(page, http, ct);
                var ids = result.Items.Where(a => a.InvoiceId != null).Select(a => a.InvoiceId!.Value).Distinct().ToList();
                var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
                var owners = await OwnersAsync(accounts, result.Items.Select(a => a.AccountId), ct);
                return result.WithItems<AdjustmentV1>([.. result.Items.Select(a => new AdjustmentV1(a.Id, a.ExternalId, a.AccountId,
                        owners.GetValueOrDefault(a.AccountId)?.Number, a.Kind.ToString(), a.Amount, a.Currency, a.Date, a.Description,
                        a.InvoiceId is { } id ? numbers.GetValueOrDefault(id) : null))]);
            })
            .RequireApiScope(BillingModule.Id, ApiAccess.Read)
            .WithSummary("List adjustments")
            .WithDescription("Credits and debits by date, paged; ?account= filters them.");

        v1.MapUpsert<AdjustmentUpsertV1, AdjustmentV1>("/adjustments", r => r.Services.GetRequiredService<AdjustmentUpserts>().UpsertAsync(r))
            .RequireApiScope(BillingModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace a credit or debit by external id");
    }

    private static async Task<IQueryable<T>> ForAccountAsync<T>(IQueryable<T> rows, string? account, IAccountReferences accounts, CancellationToken ct)
        where T : class, Platform.Data.IAccountOwned
    {
        if (account is null)
            return rows;
        if (await accounts.FindByExternalIdOrNumberAsync(account, ct) is not { } found)
            throw ApiProblemException.Validation(new Dictionary<string, string[]> { ["account"] = [AccountFilterLookup.UnknownMessage(account)] });
        return rows.Where(r => r.AccountId == found.Id);
    }

    private static async Task<Dictionary<Guid, AccountReference>> OwnersAsync(IAccountReferences accounts, IEnumerable<Guid> ids, CancellationToken ct) =>
        (await accounts.FindAsync([.. ids.Distinct()], ct)).ToDictionary(a => a.Id);
}
