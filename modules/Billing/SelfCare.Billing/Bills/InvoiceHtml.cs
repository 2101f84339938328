using System.Globalization;
using System.Text;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Shell;
using static System.Net.WebUtility;

namespace SelfCare.Billing.Bills;

/// <summary>
/// A bill as a self-contained HTML page for the PDF renderer: the tenant's colours and logo (a data: URI), the Charge
/// Overview, charges by service and a remittance slip. Every value is HTML-encoded; nothing is fetched.
/// </summary>
internal static class InvoiceHtml
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Build(InvoiceStatement s, Branding brand, string? logoDataUri)
    {
        var i = s.Invoice;
        var c = i.Currency;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Invoice ").Append(HtmlEncode(i.Number)).Append("</title><style>")
            .Append(Css(Color(brand.PrimaryColor, "#0b4ea2"), Color(brand.AccentColor, "#f28c28"))).Append("</style></head><body>");
        html.Append("<header class=\"top\"><div class=\"brand\">");
        if (logoDataUri is not null)
            html.Append("<img class=\"logo\" alt=\"").Append(HtmlEncode(brand.Title)).Append("\" src=\"").Append(logoDataUri).Append("\">");
        html.Append("<div class=\"title\">").Append(HtmlEncode(brand.Title)).Append("</div></div><div class=\"doc\"><h1>Invoice</h1><table class=\"meta\">");
        Meta(html, "Invoice number", i.Number);
        Meta(html, "Account", $"{s.AccountNumber} – {s.AccountName}");
        Meta(html, "Billing period", $"{Date(i.PeriodStart)} – {Date(i.PeriodEnd)}");
        Meta(html, "Issue date", Date(i.IssueDate));
        Meta(html, "Due date", Date(i.DueDate));
        html.Append("</table></div></header>");
        html.Append("<div class=\"due\"><span>Total amount due by ").Append(Date(i.DueDate)).Append("</span><strong>")
            .Append(HtmlEncode(MoneyFormat.Format(s.TotalDue, c))).Append("</strong></div>");

        html.Append("<h2>Charge Overview</h2><table class=\"lines\"><tbody>");
        Row(html, "Previous balance", s.PreviousBalance, c);
        Row(html, "Payments received – thank you", -s.Payments, c);
        Row(html, "Credits", -s.Credits, c);
        if (s.Debits != 0)
            Row(html, "Debits", s.Debits, c);
        foreach (var (category, amount) in s.ByCategory)
            Row(html, category.Label(), amount, c);
        html.Append("<tr class=\"sum\"><th>New charges</th><td>").Append(HtmlEncode(MoneyFormat.Format(s.NewCharges, c))).Append("</td></tr>");
        html.Append("<tr class=\"total\"><th>Total amount due</th><td>").Append(HtmlEncode(MoneyFormat.Format(s.TotalDue, c))).Append("</td></tr>");
        html.Append("</tbody></table>");

        html.Append("<h2>Charges By Service</h2>");
        foreach (var service in s.Services)
        {
            html.Append("<table class=\"service\"><caption>").Append(HtmlEncode(service.Title)).Append("</caption><thead><tr><th>Description</th>")
                .Append("<th>Period</th><th class=\"num\">Qty</th><th class=\"num\">Unit price</th><th class=\"num\">Amount</th></tr></thead><tbody>");
            foreach (var l in service.Lines)
            {
                html.Append("<tr><td>").Append(HtmlEncode(l.Product)).Append("</td><td>")
                    .Append(l.PeriodStart is { } ps && l.PeriodEnd is { } pe ? $"{Date(ps)} – {Date(pe)}" : "")
                    .Append("</td><td class=\"num\">").Append(l.Quantity.ToString("0.####", Us))
                    .Append("</td><td class=\"num\">").Append(HtmlEncode(MoneyFormat.UnitPrice(l.UnitPrice, c)))
                    .Append("</td><td class=\"num\">").Append(HtmlEncode(MoneyFormat.Format(l.Amount, c))).Append("</td></tr>");
            }
            html.Append("<tr class=\"sum\"><th colspan=\"4\">Total ").Append(HtmlEncode(service.Title)).Append("</th><td class=\"num\">")
                .Append(HtmlEncode(MoneyFormat.Format(service.Total, c))).Append("</td></tr></tbody></table>");
        }

        html.Append("<section class=\"slip\"><p class=\"cut\">Please detach and return this portion with your payment</p><div class=\"slip-body\"><div>")
            .Append("<strong>Remit to</strong><br>").Append(HtmlEncode(brand.Title)).Append("<br>").Append(HtmlEncode(brand.SupportPhone))
            .Append("<br>").Append(HtmlEncode(brand.SupportEmail)).Append("</div><table class=\"meta\">");
        Meta(html, "Account", s.AccountNumber);
        Meta(html, "Invoice number", i.Number);
        Meta(html, "Due date", Date(i.DueDate));
        Meta(html, "Amount due", MoneyFormat.Format(s.TotalDue, c));
        Meta(html, "Amount enclosed", "______________");
        html.Append("</table></div></section>");
        html.Append("<footer class=\"note\">").Append(HtmlEncode(brand.Footer)).Append("</footer></body></html>");
        return html.ToString();
    }

    /// <summary>The print footer: "Page X of Y" filled in by Chromium, plus the invoice number.</summary>
    public static string Footer(string number) =>
        "<div style=\"font-size:9px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;font-family:Arial,sans-serif;color:#555\">"
        + $"<span>Invoice {HtmlEncode(number)}</span><span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";

    private static string Css(string primary, string accent) => $$"""
        @page { size: Letter; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 11px; color: #222; margin: 0; }
        .top { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 4px solid {{primary}}; padding-bottom: 8px; }
        .logo { max-height: 48px; max-width: 200px; display: block; margin-bottom: 4px; }
        .title { font-size: 16px; font-weight: bold; color: {{primary}}; }
        h1 { margin: 0 0 6px; font-size: 22px; color: {{primary}}; text-align: right; }
        h2 { font-size: 14px; color: {{primary}}; border-bottom: 1px solid #ccc; padding-bottom: 2px; margin-top: 18px; }
        table { border-collapse: collapse; width: 100%; }
        .meta { width: auto; } .meta th { text-align: left; padding: 1px 10px 1px 0; color: #555; font-weight: normal; } .meta td { font-weight: bold; }
        .due { margin: 12px 0; padding: 10px 14px; background: {{primary}}; color: #fff; display: flex; justify-content: space-between; font-size: 14px; }
        .lines th { text-align: left; font-weight: normal; padding: 3px 0; } .lines td { text-align: right; padding: 3px 0; }
        .lines .sum th, .lines .sum td { border-top: 1px solid #999; font-weight: bold; }
        .lines .total th, .lines .total td { border-top: 2px solid {{accent}}; font-weight: bold; font-size: 13px; }
        .service { margin-bottom: 10px; page-break-inside: auto; } .service caption { text-align: left; font-weight: bold; padding: 4px 0; }
        .service thead th { background: #eef1f5; text-align: left; padding: 3px 4px; } .service thead th.num { text-align: right; } .service td, .service tbody th { padding: 2px 4px; border-bottom: 1px solid #eee; }
        .service tr { page-break-inside: avoid; } .service .sum th { text-align: right; } .num { text-align: right; white-space: nowrap; }
        .slip { margin-top: 24px; page-break-inside: avoid; } .cut { border-top: 2px dashed #888; padding-top: 4px; color: #555; font-size: 10px; text-align: center; }
        .slip-body { display: flex; justify-content: space-between; border: 1px solid {{primary}}; padding: 10px; }
        .note { margin-top: 12px; color: #666; font-size: 9px; }
        """;

    private static void Meta(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(HtmlEncode(label)).Append("</th><td>").Append(HtmlEncode(value)).Append("</td></tr>");

    private static void Row(StringBuilder html, string label, decimal amount, string currency) =>
        html.Append("<tr><th>").Append(HtmlEncode(label)).Append("</th><td>").Append(HtmlEncode(MoneyFormat.Format(amount, currency))).Append("</td></tr>");

    private static string Date(DateOnly d) => d.ToString("MMM d, yyyy", Us);

    /// <summary>A brand colour only when it is a plain hex colour, so a stored value cannot break out of the stylesheet.</summary>
    private static string Color(string value, string fallback) =>
        value.Length is 4 or 7 && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit) ? value : fallback;
}
