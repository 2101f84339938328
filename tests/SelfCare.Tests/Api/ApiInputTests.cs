using System.Net;
using System.Text;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>Whatever a caller sends, /api/v1 answers 4xx with a problem body naming the field, never 500.</summary>
public sealed class ApiInputTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private async Task<HttpClient> WriterAsync() =>
        Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read", "Accounts:write"]));

    [Theory]
    [InlineData("{\"number\": \"A-1\", \"name\": ", "body", "not valid JSON")]
    [InlineData("not json at all", "body", "not valid JSON")]
    [InlineData("", "body", "not valid JSON")]
    [InlineData("[1, 2]", "body", "JSON object")]
    [InlineData("null", "body", "JSON object")]
    [InlineData("{\"number\": \"A-1\", \"name\": \"A\", \"colour\": \"red\"}", "colour", "not a field")]
    [InlineData("{\"number\": 12, \"name\": \"A\"}", "number", "text")]
    [InlineData("{\"number\": \"A-1\", \"name\": {\"first\": \"A\"}}", "name", "text")]
    [InlineData("{\"number\": \"A-1\", \"name\": [\"A\"]}", "name", "text")]
    public async Task Bad_bodies_answer_400_naming_the_field(string json, string field, string message)
    {
        using var api = await WriterAsync();
        var problem = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/bad-1", json), HttpStatusCode.BadRequest);
        Assert.Contains(message, FieldErrors(problem, field));
    }

    [Fact]
    public async Task Validation_names_every_bad_field()
    {
        using var api = await WriterAsync();
        var problem = await ProblemAsync(await api.PutJsonAsync("api/v1/accounts/bad-2",
            new { number = "", name = new string('n', 201), city = new string('c', 101), status = "Gone", parentExternalId = "has space" }),
            HttpStatusCode.BadRequest);
        Assert.Contains("account number is required", FieldErrors(problem, "number"));
        Assert.Contains("at most 200", FieldErrors(problem, "name"));
        Assert.Contains("at most 100", FieldErrors(problem, "city"));
        Assert.Contains("Active, Suspended, Closed", FieldErrors(problem, "status"));
        Assert.Contains("letters, digits", FieldErrors(problem, "parentExternalId"));
    }

    [Theory]
    [InlineData("api/v1/accounts/has%20space")]
    [InlineData("api/v1/accounts/%3Cscript%3E")]
    public async Task Bad_external_ids_in_the_url_answer_400(string url)
    {
        using var api = await WriterAsync();
        var put = await ProblemAsync(await api.PutJsonAsync(url, new { number = "Q-1", name = "Q" }), HttpStatusCode.BadRequest);
        Assert.Contains("letters, digits", FieldErrors(put, "externalId"));
        await ProblemAsync(await api.GetAsync(url), HttpStatusCode.BadRequest);
        var tooLong = await ProblemAsync(await api.GetAsync("api/v1/accounts/" + new string('x', 101)), HttpStatusCode.BadRequest);
        Assert.Contains("100", FieldErrors(tooLong, "externalId"));
    }

    [Fact]
    public async Task Other_content_types_answer_415_and_unknown_accounts_404()
    {
        using var api = await WriterAsync();
        var form = await api.PutAsync("api/v1/accounts/form-1", new StringContent("number=A&name=B", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await ProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Content-Type: application/json", await form.Content.ReadAsStringAsync());
        await ProblemAsync(await api.GetAsync("api/v1/accounts/never-created"), HttpStatusCode.NotFound);
        var wrongMethod = await api.DeleteAsync("api/v1/accounts/never-created");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
    }
}
