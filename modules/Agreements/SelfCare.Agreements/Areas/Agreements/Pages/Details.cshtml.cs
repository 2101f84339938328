using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Purchases;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>
/// An agreement (/agreements/{id}): terms, the balance and its buckets (what expires when), drawdown per ticket and per month, the
/// ledger. Customers with rights decide whether emergencies draw retainer hours; staff adjust, record purchases and cancel.
/// Another account's agreement answers 404 (scoped set).
/// </summary>
[Authorize]
internal sealed class DetailsModel(
    AgreementsDbContext db, BalanceQuery balances, IAccountDirectory accounts, TenantToday today, Adjustments adjustments,
    PurchaseLedger purchases, PortalPurchases portalPurchases, HoursLedger ledger, TimeProvider clock) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;
    public string Account { get; private set; } = "";
    public AgreementStatus Status { get; private set; }
    public IReadOnlyList<BucketRow> Buckets { get; private set; } = [];
    public int Balance { get; private set; }
    public IReadOnlyList<TicketDrawdown> Tickets { get; private set; } = [];
    public IReadOnlyList<MonthDrawdown> Months { get; private set; } = [];
    public IReadOnlyList<LedgerEntry> Entries { get; private set; } = [];
    public IReadOnlyList<Purchase> Purchases { get; private set; } = [];
    public bool IsStaff { get; private set; }
    public bool ManagesOwn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRetainerAsync(Guid id, bool apply, CancellationToken ct)
    {
        if (!AgreementRoles.ManagesOwn(User))
            return Forbid();
        var a = await db.Agreements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return NotFound();
        a.EmergencyDrawsRetainer = apply;
        await db.SaveChangesAsync(ct);
        return Done(id, apply ? "Emergency time now draws pre-paid hours." : "Emergency time is now billed at the emergency rate.");
    }

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, Guid? bucketId, decimal? hours, string? note, CancellationToken ct)
    {
        if (!AgreementRoles.IsStaff(User))
            return Forbid();
        if (hours is null or 0 || Math.Abs(hours.Value) > 10000)
            ModelState.AddModelError("hours", "Enter the hours to add (or, with a minus sign, to take away), up to 10,000.");
        if (string.IsNullOrWhiteSpace(note) || note.Length > LedgerEntry.NoteMaxLength)
            ModelState.AddModelError("note", "Say why, in up to 500 characters.");
        if (ModelState.IsValid && await adjustments.AdjustAsync(id, bucketId, Hours.ToMinutes(hours!.Value), note!.Trim(), AgreementRoles.Name(User), ct) is { } error)
            ModelState.AddModelError("bucketId", error);
        if (ModelState.IsValid)
            return Done(id, "Adjustment recorded.");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPurchaseAsync(Guid id, decimal? purchaseHours, decimal? amount, string? reference, string? key, CancellationToken ct)
    {
        if (!AgreementRoles.IsStaff(User))
            return Forbid();
        if (purchaseHours is null or <= 0 or > 10000)
            ModelState.AddModelError("purchaseHours", "Enter the hours bought, from 0.25 to 10,000.");
        if (amount is null or < 0 or > 10_000_000)
            ModelState.AddModelError("amount", "Enter the amount paid (0 or more).");
        if (reference is { Length: > 100 })
            ModelState.AddModelError("reference", "The reference has at most 100 characters.");
        var a = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return NotFound();
        if (!ModelState.IsValid)
            return await LoadAsync(id, ct) ? Page() : NotFound();
        var p = await purchases.ClaimAsync(a, Hours.ToMinutes(purchaseHours!.Value), Math.Round(amount!.Value, 2), FormKey(key), AgreementRoles.Name(User), null, null, ct);
        await purchases.CreditAsync(p.Id, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), ct);
        return Done(id, $"{Hours.Format(p.Minutes)} hours added.");
    }

    /// <summary>Staff confirm (credit) or decline a customer's request for hours made while Billing is off.</summary>
    public async Task<IActionResult> OnPostRequestAsync(Guid id, Guid purchaseId, bool confirm, CancellationToken ct)
    {
        if (!AgreementRoles.IsStaff(User))
            return Forbid();
        if (!await db.Agreements.AnyAsync(x => x.Id == id, ct))
            return NotFound();
        if (!await portalPurchases.DecideRequestAsync(id, purchaseId, confirm, AgreementRoles.Name(User), ct))
            return Done(id, "That request was already decided.");
        return Done(id, confirm ? "Request confirmed: the hours were added." : "Request declined.");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!AgreementRoles.IsStaff(User))
            return Forbid();
        var a = await db.Agreements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return NotFound();
        if (a.CancelledAt is null)
        {
            await ledger.UpkeepAsync(id, ct); // months up to today settle under the old term
            db.ChangeTracker.Clear();
            a = await db.Agreements.FirstAsync(x => x.Id == id, ct);
            a.CancelledAt = clock.GetUtcNow();
            a.CancelledBy = AgreementRoles.Name(User);
            await db.SaveChangesAsync(ct);
        }
        return Done(id, "Agreement cancelled.");
    }

    private static string FormKey(string? key) =>
        "form:" + (key is { Length: > 0 and <= 100 } && key.All(char.IsAsciiLetterOrDigit) ? key : Guid.NewGuid().ToString("N"));

    private IActionResult Done(Guid id, string status)
    {
        TempData["Status"] = status;
        return Redirect(Url.Content($"~/agreements/{id}"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a)
            return false;
        Agreement = a;
        IsStaff = AgreementRoles.IsStaff(User);
        ManagesOwn = AgreementRoles.ManagesOwn(User);
        Status = a.StatusOn(today.Value);
        Account = (await accounts.FindAsync([a.AccountId], ct)).FirstOrDefault() is { } acc ? $"{acc.Number} – {acc.Name}" : "";
        var labels = await db.Buckets.AsNoTracking().Where(b => b.AgreementId == id).ToDictionaryAsync(b => b.Id, b => b.Label, ct);
        var states = await balances.BucketsAsync(a, ct);
        Buckets = [.. states.Where(b => b.Balance > 0).OrderBy(b => b.ExpiresOn ?? DateOnly.MaxValue)
            .Select(b => new BucketRow(b, labels.GetValueOrDefault(b.Id) ?? $"Included hours {b.Month:MMMM yyyy}"))];
        Balance = states.Sum(b => b.Balance);
        var time = await db.TimeEntries.AsNoTracking().Where(t => t.AgreementId == id)
            .Select(t => new { t.TicketNumber, t.TicketSubject, t.Minutes, t.BillableMinutes, t.WorkedOn }).ToListAsync(ct);
        Tickets = [.. time.GroupBy(t => t.TicketNumber).Select(g => new TicketDrawdown(g.Key, g.Last().TicketSubject,
            g.Sum(t => t.Minutes - t.BillableMinutes), g.Sum(t => t.BillableMinutes), g.Max(t => t.WorkedOn))).OrderByDescending(t => t.LastWorked)];
        Months = [.. time.GroupBy(t => Upkeep.FirstOfMonth(t.WorkedOn)).OrderByDescending(g => g.Key)
            .Select(g => new MonthDrawdown(g.Key, g.Sum(t => t.Minutes - t.BillableMinutes), g.Sum(t => t.BillableMinutes)))];
        // Sorted in memory: SQLite cannot order by DateTimeOffset (stored as text); one agreement's ledger is small.
        Entries = [.. (await db.Entries.AsNoTracking().Where(e => e.AgreementId == id).ToListAsync(ct)).OrderByDescending(e => e.At).Take(200)];
        Purchases = [.. (await db.Purchases.AsNoTracking().Where(p => p.AgreementId == id).ToListAsync(ct)).OrderByDescending(p => p.CreatedAt).Take(50)];
        BucketLabels = labels;
        return true;
    }

    public IReadOnlyDictionary<Guid, string> BucketLabels { get; private set; } = new Dictionary<Guid, string>();
}
