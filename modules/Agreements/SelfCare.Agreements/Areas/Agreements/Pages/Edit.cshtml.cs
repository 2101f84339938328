using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>Staff create and edit agreements (/agreements/edit/{id?}).</summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
internal sealed class EditModel(AgreementsDbContext db, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is { } existing)
        {
            if (await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == existing, ct) is not { } a)
                return NotFound();
            Input = ToInput(a);
        }
        else
        {
            Input.Tiers = [SupportTier.HelpDesk, SupportTier.ProfessionalServices];
        }
        Accounts = await accounts.FindAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        IsNew = id is null;
        var a = id is { } existing ? await db.Agreements.FirstOrDefaultAsync(x => x.Id == existing, ct) : null;
        if (id is not null && a is null)
            return NotFound();
        Validate();
        var number = Input.Number?.Trim() ?? "";
        if (ModelState.IsValid && await db.Agreements.IgnoreQueryFilters().AnyAsync(x => x.Number == number && (a == null || x.Id != a.Id), ct))
            ModelState.AddModelError("Input.Number", $"Another agreement already has the number {number}.");
        if (ModelState.IsValid && (await accounts.FindAsync([Input.AccountId!.Value], ct)).Count == 0)
            ModelState.AddModelError("Input.AccountId", "Choose the account.");
        if (!ModelState.IsValid)
        {
            Accounts = await accounts.FindAsync(null, ct);
            return Page();
        }
        if (a is null)
            db.Agreements.Add(a = new Agreement { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow() });
        Apply(a, number);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = IsNew ? "Agreement created." : "Agreement saved.";
        return Redirect(Url.Content($"~/agreements/{a.Id}"));
    }

    private void Validate()
    {
        if (Input.Tiers.Count == 0)
            ModelState.AddModelError("Input.Tiers", "Choose at least one covered tier.");
        if (Input.EndDate is { } end && Input.StartDate is { } start && end < start)
            ModelState.AddModelError("Input.EndDate", "The end date cannot be before the start date.");
        if (!Enum.IsDefined(Input.Type))
            ModelState.AddModelError("Input.Type", "Choose the agreement type.");
    }

    private void Apply(Agreement a, string number)
    {
        a.AccountId = Input.AccountId!.Value;
        a.Number = number;
        a.Title = Input.Title!.Trim();
        a.Type = Input.Type;
        a.StartDate = Input.StartDate!.Value;
        a.EndDate = Input.EndDate;
        a.AutoRenew = Input.AutoRenew;
        a.CoveredTiers = AgreementRules.JoinTiers(Input.Tiers);
        a.EmergencyRate = Input.EmergencyRate;
        a.HelpDeskRate = Input.HelpDeskRate;
        a.ProfessionalRate = Input.ProfessionalRate;
        a.AfterHoursMultiplier = Input.AfterHoursMultiplier;
        a.IncludedMonthlyMinutes = Hours.ToMinutes(Input.IncludedMonthlyHours);
        a.CarryOverMonths = Input.CarryOverMonths;
        a.BlockValidityMonths = Input.BlockValidityMonths;
        a.BlockPricePerHour = Input.BlockPricePerHour;
        a.LowBalanceMinutes = Input.LowBalanceHours is { } low ? Hours.ToMinutes(low) : null;
        a.EmergencyDrawsRetainer = Input.EmergencyDrawsRetainer;
    }

    private static AgreementInput ToInput(Agreement a) => new()
    {
        AccountId = a.AccountId, Number = a.Number, Title = a.Title, Type = a.Type, StartDate = a.StartDate, EndDate = a.EndDate, AutoRenew = a.AutoRenew,
        Tiers = [.. a.Tiers], EmergencyRate = a.EmergencyRate, HelpDeskRate = a.HelpDeskRate, ProfessionalRate = a.ProfessionalRate,
        AfterHoursMultiplier = a.AfterHoursMultiplier, IncludedMonthlyHours = Hours.ToHours(a.IncludedMonthlyMinutes), CarryOverMonths = a.CarryOverMonths,
        BlockValidityMonths = a.BlockValidityMonths, BlockPricePerHour = a.BlockPricePerHour,
        LowBalanceHours = a.LowBalanceMinutes is { } m ? Hours.ToHours(m) : null, EmergencyDrawsRetainer = a.EmergencyDrawsRetainer,
    };
}
