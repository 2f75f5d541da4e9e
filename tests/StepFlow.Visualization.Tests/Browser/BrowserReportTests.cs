using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using StepFlow.Visualization.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Visualization.Tests.Browser;

/// <summary>
/// Opens reports from disk in the system's headless Chromium, clicks states as a person would, proves hostile
/// payloads do not run, measures how long a 10,000-item report takes to render, and saves the README picture.
/// </summary>
public sealed class BrowserReportTests(ITestOutputHelper output) : IDisposable
{
    private const int Width = 1400;
    /// <summary>Tall enough for the whole order diagram, so the README picture shows the path from start to failure.</summary>
    private const int Height = 1240;

    private readonly string _folder = Directory.CreateTempSubdirectory("stepflow-report-").FullName;

    public static string ScreenshotPath => Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "images", "report-failed-caught.png");

    [Fact]
    public async Task Failed_then_caught_report_marks_the_failure_shows_details_and_runs_no_payload()
    {
        string report = Save("failed-caught.html", ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), TestInputs.History("order-failed-caught")).ToHtml());
        await using ChromiumBrowser browser = await ChromiumBrowser.LaunchAsync(Width, Height);
        var page = new ReportPage(browser.Page);
        await page.InitializeAsync(Width, Height);
        await page.OpenAsync(report);

        Assert.Equal("true", await page.EvaluateAsync("document.documentElement.getAttribute('data-ready')"));
        Assert.Equal("true", await page.EvaluateAsync(StateHasClass("Order failed", "sf-outcome-failed")));
        Assert.Equal("true", await page.EvaluateAsync(StateHasClass("Charge card", "sf-outcome-caught")));
        Assert.Equal("true", await page.EvaluateAsync(StateHasClass("Manual review", "sf-outcome-notreached")));
        Assert.Equal("rgb(220, 38, 38)", await page.EvaluateAsync(BoxStroke("Order failed")));
        Assert.DoesNotContain("OrderFailed", await PanelText(page));

        await page.ClickStateAsync("Order failed");
        string failedPanel = await PanelText(page);
        Assert.Contains("Order failed", failedPanel);
        Assert.Contains("Error: OrderFailed", failedPanel);
        Assert.Contains("The card was declined; stock was released.", failedPanel);

        await page.ClickStateAsync("Charge card");
        string caughtPanel = await PanelText(page);
        Assert.Contains("failed, caught", caughtPanel);
        Assert.Contains("Error: Payment.CardDeclined", caughtPanel);
        Assert.Contains("Card declined: <script>window.__pwned=3</script>", caughtPanel);
        Assert.Contains("Attempts (2 retries)", caughtPanel);
        Assert.Contains("1.010 s", caughtPanel);
        Assert.Contains("2.010 s", caughtPanel);
        Assert.Contains("<script>window.__pwned=1</script></style>]]><img src=x onerror=", caughtPanel);

        Assert.Equal("undefined", await page.EvaluateAsync("typeof window.__pwned"));
        Assert.Equal("0", await page.EvaluateAsync("String(document.querySelectorAll('#sf-panel script, #sf-panel img').length)"));
        Assert.Equal([new Uri(report).AbsoluteUri], page.RequestedUrls());
        Assert.Equal("2", await page.EvaluateAsync("String(document.scripts.length)"));

        await page.EvaluateAsync("window.scrollTo(0, 0); document.getElementById('sf-canvas').scrollTo(0, 0); document.getElementById('sf-panel').scrollTo(0, 0)");
        await page.ScreenshotAsync(ScreenshotPath);
        output.WriteLine($"screenshot: {ScreenshotPath}");
        Assert.True(new FileInfo(ScreenshotPath).Length > 10_000);
    }

    [Fact]
    public async Task Ten_thousand_item_report_renders_and_lists_the_failed_item()
    {
        string report = Save("large.html", ExecutionReport.Create(LargeMapHistory.Definition, LargeMapHistory.Create(10_000, out int events)).ToHtml());
        await using ChromiumBrowser browser = await ChromiumBrowser.LaunchAsync(Width, Height);
        var page = new ReportPage(browser.Page);
        await page.InitializeAsync(Width, Height, trackRequests: false);
        await page.OpenAsync(report);

        double ready = Number(await page.EvaluateAsync("window.stepflowReport.readyAt"));
        double loaded = Number(await page.EvaluateAsync("performance.getEntriesByType('navigation')[0].loadEventEnd"));
        double firstPaint = Number(await page.EvaluateAsync("(performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime"));
        double clickMs = Number(await page.EvaluateAsync(
            "(() => { const t0 = performance.now(); window.stepflowReport.select(" + StateId("Price line") + "); return performance.now() - t0; })()"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"large report: {events:N0} events, {new FileInfo(report).Length:N0} bytes; script ready {ready:F0} ms, load event end {loaded:F0} ms, first contentful paint {firstPaint:F0} ms, panel for 10,000 runs {clickMs:F0} ms"));

        await page.ClickStateAsync("Price lines");
        string panel = await PanelText(page);
        Assert.Contains("started10,000", panel);
        Assert.Contains("succeeded9,990", panel);
        Assert.Contains("Failed items", panel);
        Assert.Contains("9990Price lineStates.QueryEvaluationError", panel);
        Assert.Equal("undefined", await page.EvaluateAsync("typeof window.__pwned"));
        Assert.True(ready > 0 && loaded > 0, "the page reported no timings");
    }

    [Fact]
    public async Task Diagram_page_shows_a_state_definition_on_click()
    {
        string diagram = Save("diagram.html", WorkflowDiagram.FromDefinition(TestInputs.Definition("order-fulfilment")).ToHtml());
        await using ChromiumBrowser browser = await ChromiumBrowser.LaunchAsync(Width, Height);
        var page = new ReportPage(browser.Page);
        await page.InitializeAsync(Width, Height);
        await page.OpenAsync(diagram);

        await page.ClickStateAsync("Pick & pack");

        string panel = await PanelText(page);
        Assert.Contains("Task \u00b7 JSONPath \u00b7 $.States['Ship items'].ItemProcessor.States['Pick & pack']", panel);
        Assert.Contains("\"FunctionName\": \"pack\"", panel);
        Assert.Equal("true", await page.EvaluateAsync(StateHasClass("Pick & pack", "sf-selected")));
        Assert.Equal("false", await page.EvaluateAsync(StateHasClass("Ship items", "sf-selected")));
        Assert.Equal([new Uri(diagram).AbsoluteUri], page.RequestedUrls());
    }

    private static string StateId(string name) =>
        "[...document.querySelectorAll('g.sf-state > title')].find(t => t.textContent.startsWith('" + name + " (')).parentElement.getAttribute('data-state')";

    private static string StateHasClass(string name, string cssClass) =>
        "String(document.querySelector('g.sf-state[data-state=\"' + " + StateId(name) + " + '\"]').classList.contains('" + cssClass + "'))";

    private static string BoxStroke(string name) =>
        "getComputedStyle(document.querySelector('g.sf-state[data-state=\"' + " + StateId(name) + " + '\"] > rect.sf-box')).stroke";

    private static async Task<string> PanelText(ReportPage page) => await page.EvaluateAsync("document.getElementById('sf-panel').textContent") ?? string.Empty;

    private static double Number(string? text) => double.Parse(text ?? "NaN", CultureInfo.InvariantCulture);

    private string Save(string name, string html)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, html);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
