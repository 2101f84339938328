using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>Agreements (/agreements): customers see their accounts' active agreements with balances; staff every agreement, by status.</summary>
[Authorize]
internal sealed class IndexModel(AgreementsDbContext db, BalanceQuery balances, IAccountDirectory accounts, TenantToday today) : PageModel
{
    public IReadOnlyList<AgreementRow> Rows { get; private set; } = [];
    public bool IsStaff { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsStaff = AgreementRoles.IsStaff(User);
        var day = today.Value;
        // Through the scoped set: only the caller's accounts' agreements.
        var list = (await db.Agreements.AsNoTracking().OrderBy(a => a.Number).Take(500).ToListAsync(ct))
            .Where(a => Matches(a.StatusOn(day), IsStaff ? Status : "Active")).ToList();
        var buckets = await balances.BucketsAsync(list, ct);
        var names = (await accounts.FindAsync([.. list.Select(a => a.AccountId).Distinct()], ct)).ToDictionary(a => a.Id, a => $"{a.Number} – {a.Name}");
        Rows = [.. list.Select(a =>
        {
            var live = buckets[a.Id].Where(b => b.Balance > 0).ToList();
            var next = live.Where(b => b.ExpiresOn is not null).MinBy(b => b.ExpiresOn);
            return new AgreementRow(a, names.GetValueOrDefault(a.AccountId, ""), a.StatusOn(day), live.Sum(b => b.Balance), next?.ExpiresOn,
                next is null ? 0 : live.Where(b => b.ExpiresOn == next.ExpiresOn).Sum(b => b.Balance));
        })];
    }

    private static bool Matches(AgreementStatus status, string? wanted) =>
        string.IsNullOrEmpty(wanted) || wanted == "All" || (Enum.TryParse<AgreementStatus>(wanted, out var w) && w == status)
        || (wanted == "Active" && status == AgreementStatus.Pending);
}
