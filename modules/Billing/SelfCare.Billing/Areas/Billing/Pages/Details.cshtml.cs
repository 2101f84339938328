using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Billing.Bills;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Shell;

namespace SelfCare.Billing.Areas.Billing.Pages;

/// <summary>One bill: Charge Overview and Charges By Service tabs (links, no script), PDF and Excel downloads.</summary>
[Authorize]
internal sealed class DetailsModel(StatementQuery statements) : PageModel
{
    public const string ServicesTab = "services";

    [BindProperty(SupportsGet = true, Name = "tab")]
    public string? Tab { get; set; }

    public InvoiceStatement Statement { get; private set; } = null!;

    public bool ShowServices => string.Equals(Tab, ServicesTab, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await statements.FindAsync(id, ct) is not { } statement)
            return NotFound();
        Statement = statement;
        return Page();
    }

    /// <summary>?handler=Excel: the bill's overview figures and charge lines as .xlsx.</summary>
    public async Task<IActionResult> OnGetExcelAsync(Guid id, CancellationToken ct)
    {
        if (await statements.FindAsync(id, ct) is not { } s)
            return NotFound();
        return TableExport.File(ExportFormat.Xlsx, BillExport.Rows(s), BillExport.Columns(s.Invoice.Currency), $"invoice-{s.Invoice.Number}", "Invoice");
    }

    /// <summary>?handler=Pdf: the branded invoice with remittance slip and page numbers, as an attachment.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, [FromServices] IPortalShell shell, [FromServices] BrandLogo logo,
        [FromServices] IPdfRenderer renderer, CancellationToken ct)
    {
        if (await statements.FindAsync(id, ct) is not { } s)
            return NotFound();
        var brand = (await shell.GetAsync()).Branding;
        var html = InvoiceHtml.Build(s, brand, await logo.DataUriAsync(brand.LogoUrl, ct));
        var pdf = await renderer.RenderAsync(html, new PdfOptions
        {
            Margins = new PdfMargins(12, 12, 16, 12),
            FooterHtml = InvoiceHtml.Footer(s.Invoice.Number),
            HeaderHtml = "<span></span>",
        }, ct);
        Response.Headers.CacheControl = "no-store";
        return File(pdf, "application/pdf", TableExportName(s.Invoice.Number) + ".pdf");
    }

    private static string TableExportName(string number) =>
        "invoice-" + new string([.. number.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
}
