using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Platform.Files;
using SelfCare.Platform.Security;
using SelfCare.Usage.Import;

namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>
/// Staff upload a CDR file (CSV with a header line). The file is stored through <see cref="IFileStore"/> (size and kind checked
/// by its bytes), then imported all or nothing: a bad line lists the first bad lines by number and imports nothing.
/// </summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
internal sealed class UploadModel(IFileStore files, CdrImporter importer) : PageModel
{
    public const int MaxBytes = 50 * 1024 * 1024;
    public const int MaxRows = 500_000;
    private static readonly UploadPolicy Policy = new(MaxBytes, [FileKind.Csv]);

    public CdrImportOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file to upload.");
            return Page();
        }
        FileSaveResult saved;
        await using (var content = file.OpenReadStream())
            saved = await files.SaveAsync(content, file.FileName, null, Policy, ct);
        if (!saved.Succeeded)
        {
            ModelState.AddModelError("file", saved.Refusal!);
            return Page();
        }
        await using (var opened = await files.OpenAsync(saved.File!.Id, ct))
            Outcome = await importer.ImportAsync(CdrCsvReader.ReadAsync(opened!.Content, ct), MaxRows, ct);
        // The rows are in the table (or refused): the stored copy is not needed beyond the import.
        await files.DeleteAsync(saved.File.Id, ct);
        if (!Outcome.Succeeded)
            ModelState.AddModelError("file", Outcome.TooManyRows
                ? $"The file has more than {MaxRows:N0} rows; split it. Nothing was imported."
                : "The file has errors; nothing was imported. Fix the lines below and upload it again.");
        return Page();
    }
}
