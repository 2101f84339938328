using System.Globalization;
using System.Text;

namespace SelfCare.Benchmarks.Documents;

/// <summary>
/// A three-page invoice as a tenant's theme would produce it: inline CSS, tables, a data: URI logo, one page
/// per section (summary, charges, usage). Self-contained, so the per-process Chromium prints the same thing.
/// </summary>
internal static class InvoiceHtml
{
    private const string LogoSvg =
        "<svg xmlns='http://www.w3.org/2000/svg' width='180' height='48' viewBox='0 0 180 48'>" +
        "<rect width='48' height='48' rx='10' fill='#0b5fff'/><path d='M12 34 L24 12 L36 34 Z' fill='#fff'/>" +
        "<text x='58' y='32' font-family='sans-serif' font-size='22' fill='#132343'>Accelecom</text></svg>";

    private static readonly string Logo = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(LogoSvg));

    public static string Build()
    {
        var inv = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invoice INV-2026-000123</title>
            <style>
              @page { size: Letter; margin: 12mm; }
              body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #132343; margin: 0; }
              header { display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #0b5fff; padding-bottom: 8px; }
              h1 { font-size: 18pt; margin: 0; } h2 { font-size: 12pt; color: #0b5fff; margin: 14px 0 6px; }
              .page { break-after: page; } .page:last-child { break-after: auto; }
              .cols { display: flex; gap: 24px; margin-top: 12px; } .cols div { flex: 1; background: #f3f6fb; padding: 8px 10px; border-radius: 4px; }
              table { width: 100%; border-collapse: collapse; margin-top: 6px; }
              th { background: #132343; color: #fff; text-align: left; padding: 4px 6px; font-weight: 600; }
              td { padding: 3px 6px; border-bottom: 1px solid #dde3ee; } tr:nth-child(even) td { background: #f7f9fc; }
              td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
              .total td { font-weight: 700; border-top: 2px solid #132343; background: #fff; }
              .due { font-size: 16pt; font-weight: 700; color: #0b5fff; }
              footer { margin-top: 18px; font-size: 8pt; color: #5a6885; }
            </style></head><body>
            """);

        html.Append($"""
            <section class="page"><header><img src="{Logo}" alt="Accelecom" width="180" height="48">
            <div><h1>Invoice</h1>INV-2026-000123<br>Issued 2026-05-01 · Due 2026-05-31</div></header>
            <div class="cols"><div><strong>Bill to</strong><br>Bluegrass Health Partners<br>Attn: Accounts Payable<br>400 W Market St, Louisville KY 40202</div>
            <div><strong>Account</strong><br>AC-100100<br>Billing period 2026-04-01 – 2026-04-30<br>Customer since 2019</div></div>
            <h2>Account summary</h2><table><tr><th>Item</th><th class="n">Amount</th></tr>
            """);
        string[] summary = ["Previous balance", "Payment received 2026-04-12 — thank you", "Balance forward", "Recurring charges", "Usage charges",
            "One-time charges", "Credits and adjustments", "Federal USF", "State 911 fee", "Taxes and surcharges"];
        for (var i = 0; i < summary.Length; i++)
            html.Append(inv, $"<tr><td>{summary[i]}</td><td class=\"n\">${(i * 137.45m + 12.5m):N2}</td></tr>");
        html.Append("""
            <tr class="total"><td>Total amount due</td><td class="n">$6,310.75</td></tr></table>
            <p class="due">Amount due by 2026-05-31: $6,310.75</p>
            <footer>Pay online in the portal, by ACH, or by check to Accelecom, PO Box 1000, Louisville KY. Questions: 1-800-555-0100, billing@accelecom.example.</footer></section>
            """);

        html.Append("<section class=\"page\"><h2>Recurring and one-time charges</h2><table><tr><th>Account</th><th>Service</th><th>Period</th><th class=\"n\">Qty</th><th class=\"n\">Rate</th><th class=\"n\">Amount</th></tr>");
        for (var i = 0; i < 30; i++)
            html.Append(inv, $"<tr><td>AC-10010{i % 5}</td><td>{(i % 3 == 0 ? "Business Fiber 1 Gbps" : i % 3 == 1 ? "SIP trunk, 20 channels" : "Hosted PBX seat")}</td><td>Apr 2026</td><td class=\"n\">{i % 7 + 1}</td><td class=\"n\">${(i * 3.5m + 19.99m):N2}</td><td class=\"n\">${((i % 7 + 1) * (i * 3.5m + 19.99m)):N2}</td></tr>");
        html.Append("<tr class=\"total\"><td colspan=\"5\">Charges total</td><td class=\"n\">$4,912.40</td></tr></table></section>");

        html.Append("<section class=\"page\"><h2>Usage detail</h2><table><tr><th>Date</th><th>From</th><th>To</th><th>Destination</th><th class=\"n\">Minutes</th><th class=\"n\">Amount</th></tr>");
        for (var i = 0; i < 32; i++)
            html.Append(inv, $"<tr><td>2026-04-{i % 28 + 1:D2}</td><td>(502) 555-01{i % 90:D2}</td><td>(859) 555-02{(i * 7) % 90:D2}</td><td>{(i % 4 == 0 ? "Lexington KY" : i % 4 == 1 ? "Toronto ON" : i % 4 == 2 ? "Zürich CH" : "Bowling Green KY")}</td><td class=\"n\">{i * 3 % 47 + 1}</td><td class=\"n\">${(i * 0.37m):N2}</td></tr>");
        html.Append("</table><footer>Usage is rated in whole minutes. International calls are billed in the month they are received from the carrier.</footer></section></body></html>");
        return html.ToString();
    }
}
