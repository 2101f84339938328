using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>
/// Sign-up requests for the admin's accounts (a tenant admin: all). Approve creates a customer user of that account
/// (welcome email with an access code); either decision emails the requester. Another hierarchy's request is a 404.
/// </summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.CustomerAdmin)]
internal sealed class RequestsModel(Onboarding onboarding, UserChanges changes, IAccountDirectory directory) : PageModel
{
    public IReadOnlyList<PendingSignUp> Pending { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Pending = await onboarding.PendingAsync(directory, ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await onboarding.FindPendingAsync(id, ct) is not { } request)
            return NotFound();
        var input = new UserInput { Name = request.Name, Email = request.Email, Role = PortalRoles.CustomerUser, Accounts = [request.AccountId!.Value] };
        changes.Validate(input, ModelState);
        var (user, errors) = ModelState.IsValid ? await changes.CreateAsync(input, request.Phone, ct) : (null, []);
        if (user is null)
        {
            foreach (var error in errors)
                ModelState.AddModelError("", $"{request.Email}: {error}");
            Pending = await onboarding.PendingAsync(directory, ct);
            return Page();
        }
        await onboarding.DecideAsync(request, true, await AccountNameAsync(request, ct), User.Identity?.Name, ct);
        Notice = $"{request.Name} is added. We emailed {request.Email} a one-time access code to choose a password.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        if (await onboarding.FindPendingAsync(id, ct) is not { } request)
            return NotFound();
        await onboarding.DecideAsync(request, false, await AccountNameAsync(request, ct), User.Identity?.Name, ct);
        Notice = $"The request of {request.Name} is rejected; we emailed them.";
        return RedirectToPage();
    }

    private async Task<string> AccountNameAsync(OnboardingRequest request, CancellationToken ct) =>
        (await directory.FindAsync([request.AccountId!.Value], ct)).FirstOrDefault()?.Name ?? request.AccountNumber ?? "";
}
