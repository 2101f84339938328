using System.Globalization;
using System.Net;
using System.Text;
using SelfCare.Platform.Reports;

namespace SelfCare.Reports.Running;

/// <summary>A run's chart as inline SVG (no script, no external file): bars or lines per series, labels HTML-encoded.</summary>
internal static class ReportChartSvg
{
    private const int Width = 720, Height = 260, Left = 60, Bottom = 60, Top = 10;
    private static readonly string[] Colours = ["#1f6fb2", "#e07b00", "#2e8b57", "#8a2be2"];

    public static string Render(ReportChart chart, IReadOnlyList<ChartGroup> groups, IReadOnlyList<ReportColumn> columns, string title)
    {
        var inv = CultureInfo.InvariantCulture;
        var max = groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
        if (max <= 0)
            max = 1;
        var plotWidth = Width - Left - 10;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / (double)Math.Max(groups.Count, 1);
        var series = chart.ValueColumns.Count;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg class=\"report-chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(inv, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 10}\" y2=\"{Top + plotHeight}\" stroke=\"#555\"/>");
        svg.Append(inv, $"<text x=\"{Left - 4}\" y=\"{Top + 10}\" font-size=\"10\" text-anchor=\"end\">{Encode(max.ToString("#,##0.##", inv))}</text>");
        for (var s = 0; s < series; s++)
        {
            var points = new List<string>();
            for (var g = 0; g < groups.Count; g++)
            {
                var value = groups[g].Values[s];
                var h = (double)(value / max) * plotHeight;
                var x = Left + g * slot;
                if (chart.Kind == ReportChartKind.Bar)
                {
                    var barWidth = Math.Max(slot * 0.8 / series, 1);
                    svg.Append(inv, $"<rect x=\"{x + slot * 0.1 + s * barWidth:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{Colours[s % Colours.Length]}\"><title>{Encode(groups[g].Label)}: {value.ToString("#,##0.##", inv)}</title></rect>");
                }
                else
                {
                    points.Add(string.Create(inv, $"{x + slot / 2:0.#},{Top + plotHeight - h:0.#}"));
                }
            }
            if (points.Count > 0)
                svg.Append(inv, $"<polyline fill=\"none\" stroke=\"{Colours[s % Colours.Length]}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
        }
        var every = Math.Max(1, groups.Count / 12);
        for (var g = 0; g < groups.Count; g += every)
        {
            var x = Left + g * slot + slot / 2;
            svg.Append(inv, $"<text x=\"{x:0.#}\" y=\"{Top + plotHeight + 14}\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-30 {x:0.#} {Top + plotHeight + 14})\">{Encode(groups[g].Label)}</text>");
        }
        for (var s = 0; s < series; s++)
        {
            var header = columns.FirstOrDefault(c => c.Key == chart.ValueColumns[s])?.Header ?? chart.ValueColumns[s];
            svg.Append(inv, $"<rect x=\"{Left + s * 160}\" y=\"{Height - 14}\" width=\"10\" height=\"10\" fill=\"{Colours[s % Colours.Length]}\"/><text x=\"{Left + s * 160 + 14}\" y=\"{Height - 5}\" font-size=\"11\">{Encode(header)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
