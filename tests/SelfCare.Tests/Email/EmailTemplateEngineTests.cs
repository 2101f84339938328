using System.Diagnostics;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;

namespace SelfCare.Tests.Email;

/// <summary>The template engine on its own: syntax errors with positions, hostile templates, encoding, DTO-only models.</summary>
public sealed class EmailTemplateEngineTests
{
    private static readonly EmailTemplateEngine Engine = new(Options.Create(new EmailOptions()));

    private static readonly InvoiceEmail Invoice = new("Ann <script>alert(1)</script> & Co", "INV-7", 1234.5m, new DateOnly(2026, 12, 1), InvoiceState.Open,
        [new InvoiceLine("Fiber 1G \"business\"", 99.5m), new InvoiceLine("Voice <b>line</b>", 10m)]);

    private static RenderedEmail Render(string subject, string html, string text, object? model = null) =>
        EmailRendering.RenderParts(Engine.Compile(new EmailTemplateSource(subject, html, text)), model ?? Invoice,
            EmailRendering.SampleBrand, new RenderBudget(Engine.Limits));

    [Theory]
    [InlineData("<p>Hello</p>\n<p>{{customerName}</p>", 2, 4, "is not closed")]
    [InlineData("a\n  {{#if state}}\n{{#each lines}}x{{/if}}\n{{/each}}", 3, 17, "does not match {{#each}} opened at line 3, column 1")]
    [InlineData("line one\n{{#each lines}}\n  {{description}}\n", 2, 1, "{{#each}} is never closed")]
    [InlineData("ok\n\n    {{/if}}", 3, 5, "closes a block that was never opened")]
    [InlineData("x {{{customerName}} y", 1, 3, "opens with {{{ but closes with }}")]
    [InlineData("<p>\n {{#if}}yes{{/if}}</p>", 2, 2, "")]
    public void A_template_that_does_not_compile_is_refused_with_its_line_and_column(string html, int line, int column, string reason)
    {
        var error = Assert.Throws<EmailTemplateException>(() => Engine.Compile(new EmailTemplateSource("Subject", html, "text")));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"HTML body, line {line}, column {column}: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("{{#*inline \"loop\"}}{{> loop}}{{/inline}}{{> loop}}")]
    [InlineData("{{# *inline 'a'}}{{> a}}{{> a}}{{/inline}}{{> a}}")]
    [InlineData("{{~ > layout}}")]
    [InlineData("{{#> layout}}fallback{{/layout}}")]
    public void Partials_the_only_way_to_recurse_are_refused_with_a_clear_message(string html)
    {
        var error = Assert.Throws<EmailTemplateException>(() => Engine.Compile(new EmailTemplateSource("Subject", html, "text")));
        Assert.Contains("partials ({{> name}}) and inline partials are not available in email templates", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Deep_block_nesting_is_refused_before_it_reaches_the_compiler()
    {
        var html = string.Concat(Enumerable.Repeat("{{#if customerName}}", 2000)) + "x" + string.Concat(Enumerable.Repeat("{{/if}}", 2000));
        var error = Assert.Throws<EmailTemplateException>(() => Engine.Compile(new EmailTemplateSource("Subject", html, "text")));
        Assert.Contains("nested more than 12 deep", error.Message);
    }

    [Fact]
    public void The_engine_itself_stops_partial_recursion_at_its_depth_limit()
    {
        // Bypassing the syntax check: Handlebars' own limit (set to 4) still ends the recursion with an exception.
        var raw = HandlebarsDotNet.Handlebars.Create(new HandlebarsDotNet.HandlebarsConfiguration { PartialRecursionDepthLimit = 4 });
        var template = raw.Compile("{{#*inline \"a\"}}x{{> a}}{{/inline}}{{> a}}");
        var error = Assert.ThrowsAny<HandlebarsDotNet.HandlebarsException>(() => template(new { }));
        Assert.Contains("recursion depth limit of 4", error.Message);
    }

    [Fact]
    public void Huge_loops_fail_fast_with_a_clear_message()
    {
        var big = Invoice with { Lines = [.. Enumerable.Range(0, 1000).Select(i => new InvoiceLine($"line {i}", i))] };
        var timer = Stopwatch.StartNew();
        var loops = Assert.Throws<EmailTemplateException>(() =>
            Render("s", "{{#each lines}}{{#each ../lines}}{{#each ../../lines}}{{/each}}{{/each}}{{/each}}", "t", big));
        Assert.Contains("stopped after 100,000 loop steps", loops.Message);

        // Looping over an object's own fields is charged too (no output, no list).
        var fields = Assert.Throws<EmailTemplateException>(() => Render("s",
            string.Concat(Enumerable.Repeat("{{#each @root}}", 11)) + string.Concat(Enumerable.Repeat("{{/each}}", 11)), "t"));
        Assert.Contains("loop steps", fields.Message);

        var output = Assert.Throws<EmailTemplateException>(() =>
            Render("s", "{{#each lines}}{{#each ../lines}}<p>{{description}} {{description}} {{description}} {{description}}</p>{{/each}}{{/each}}", "t", big));
        Assert.Contains("grew beyond 512 KB", output.Message);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"took {timer.Elapsed}");
    }

    [Fact]
    public void A_render_over_its_time_limit_is_stopped()
    {
        var engine = new EmailTemplateEngine(Options.Create(new EmailOptions { RenderTimeoutMilliseconds = 50, MaxLoopIterations = int.MaxValue }));
        var big = Invoice with { Lines = [.. Enumerable.Range(0, 3000).Select(i => new InvoiceLine($"line {i}", i))] };
        var compiled = engine.Compile(new EmailTemplateSource("s", "{{#each lines}}{{#each ../lines}}{{#each ../../lines}}{{/each}}{{/each}}{{/each}}", "t"));
        var timer = Stopwatch.StartNew();
        var error = Assert.Throws<EmailTemplateException>(() =>
            EmailRendering.RenderParts(compiled, big, EmailRendering.SampleBrand, new RenderBudget(engine.Limits)));
        Assert.Contains("took longer than", error.Message);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(2), $"took {timer.Elapsed}");
    }

    [Fact]
    public void Every_model_value_is_html_encoded_in_the_html_part_even_in_triple_braces()
    {
        var email = Render("Invoice {{number}} for {{customerName}}",
            "<p>{{customerName}}</p><p>{{{customerName}}}</p><ul>{{#each lines}}<li title=\"{{description}}\">{{{description}}}: {{amount}}</li>{{/each}}</ul><p>{{@brand.title}}</p>",
            "Dear {{customerName}}, {{#each lines}}{{description}}; {{/each}}total {{total}} due {{dueOn}} ({{state}})");
        Assert.DoesNotContain("<script>", email.Html);
        Assert.DoesNotContain("<b>", email.Html);
        Assert.Contains("<p>Ann &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p><p>Ann &lt;script&gt;", email.Html);
        Assert.Contains("title=\"Fiber 1G &quot;business&quot;\"", email.Html);
        Assert.Contains("Voice &lt;b&gt;line&lt;/b&gt;: 10", email.Html);
        // The plain-text part and the subject carry the text as written.
        Assert.Equal("Dear Ann <script>alert(1)</script> & Co, Fiber 1G \"business\"; Voice <b>line</b>; total 1234.5 due 2026-12-01 (Open)", email.Text);
        Assert.Equal("Invoice INV-7 for Ann <script>alert(1)</script> & Co", email.Subject);
    }

    [Fact]
    public void A_subject_stays_one_line_whatever_the_model_holds()
    {
        var email = Render("Hi {{customerName}}", "x", "y", Invoice with { CustomerName = "Eve\r\nBcc: victim@example.com" });
        Assert.Equal("Hi Eve Bcc: victim@example.com", email.Subject);
    }

    [Fact]
    public void Templates_reach_the_model_values_and_nothing_behind_them()
    {
        var email = Render("s", "[{{customerName.length}}][{{customerName.Length}}][{{total.scale}}][{{lines.Capacity}}][{{lines.GetType}}][{{this.GetType}}][{{@root.constructor}}]", "t");
        Assert.Equal("[][][][][][][]", email.Html);
    }

    [Fact]
    public void Only_plain_dtos_may_be_email_models()
    {
        Assert.Null(EmailModelTypeCheck.Problem(typeof(InvoiceEmail)));
        Assert.Null(EmailModelTypeCheck.Problem(typeof(TenantWelcomeModel)));
        Assert.Contains("IServiceProvider", EmailModelTypeCheck.Problem(typeof(NotADtoEmail)));
        Assert.Contains("Anything", EmailModelTypeCheck.Problem(typeof(ObjectEmail)));
        Assert.Contains("Values", EmailModelTypeCheck.Problem(typeof(DictionaryEmail)));
        Assert.Contains("System.Uri", EmailModelTypeCheck.Problem(typeof(UriEmail)));
        Assert.NotNull(EmailModelTypeCheck.Problem(typeof(string)));
        Assert.NotNull(EmailModelTypeCheck.Problem(typeof(List<InvoiceLine>)));
        Assert.NotNull(EmailModelTypeCheck.Problem(typeof(object)));
    }

    [Fact]
    public void A_module_template_with_a_bad_model_or_default_stops_the_host_naming_it()
    {
        EmailTemplateCatalog Catalog(EmailTemplateDefinition definition) =>
            new([new CatalogedTemplate(definition, "Billing", "Billing")], Engine);

        var service = Assert.Throws<InvalidOperationException>(() => Catalog(
            EmailTemplateDefinition.For("bad-model", "x", new NotADtoEmail("a", null!), "s", "h", "t")));
        Assert.Contains("Email template 'bad-model' of Billing: its model is refused", service.Message);

        var broken = Assert.Throws<InvalidOperationException>(() => Catalog(
            EmailTemplateDefinition.For("broken", "x", Invoice, "s", "{{#each lines}}", "t")));
        Assert.Contains("Email template 'broken' of Billing: its default does not work: HTML body, line 1, column 1", broken.Message);

        var name = Assert.Throws<InvalidOperationException>(() => Catalog(EmailTemplateDefinition.For("Bad Name", "x", Invoice, "s", "h", "t")));
        Assert.Contains("lowercase letters", name.Message);

        var ok = Catalog(EmailTemplateDefinition.For("invoice-ready", "Sent when an invoice is ready.", Invoice, "Invoice {{number}}", "<p>{{total}}</p>", "{{total}}"));
        Assert.NotNull(ok.Find("invoice-ready"));
    }

    [Fact]
    public void The_variables_of_a_model_are_listed_for_the_editor()
    {
        var variables = TemplateVariables.Of(typeof(InvoiceEmail)).Select(v => (v.Expression, v.Depth)).ToList();
        Assert.Contains(("{{customerName}}", 0), variables);
        Assert.Contains(("{{#each lines}} … {{/each}}", 0), variables);
        Assert.Contains(("{{description}}", 1), variables);
    }
}
