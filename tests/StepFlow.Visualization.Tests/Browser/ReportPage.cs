using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace StepFlow.Visualization.Tests.Browser;

/// <summary>What the browser test does with a report: open it from disk, read it, click states, take a picture.</summary>
internal sealed class ReportPage(CdpConnection cdp)
{
    /// <param name="trackRequests">Records network requests; off when timing, since DevTools then copies every response.</param>
    public async Task InitializeAsync(int width, int height, bool trackRequests = true)
    {
        await cdp.SendAsync("Page.enable");
        await cdp.SendAsync("Runtime.enable");
        if (trackRequests)
        {
            await cdp.SendAsync("Network.enable");
        }

        await cdp.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        });
    }

    /// <summary>Opens a file:// URL and waits for the load event and the report script's ready mark.</summary>
    public async Task OpenAsync(string path)
    {
        Task<JsonObject> loaded = cdp.WaitForEventAsync("Page.loadEventFired");
        await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(path).AbsoluteUri });
        await loaded;
        for (int i = 0; i < 100 && await EvaluateAsync("document.documentElement.getAttribute('data-ready')") != "true"; i++)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>URLs of every request the page has made (the report itself included).</summary>
    public IEnumerable<string> RequestedUrls() =>
        cdp.Events.Where(e => e.Method == "Network.requestWillBeSent").Select(e => e.Parameters["request"]?["url"]?.GetValue<string>() ?? "?");

    /// <summary>Evaluates JavaScript in the page and returns the value as text (JSON for non-strings).</summary>
    public async Task<string?> EvaluateAsync(string expression)
    {
        JsonObject result = await cdp.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (result["exceptionDetails"] is JsonObject failure)
        {
            throw new InvalidOperationException($"page script failed: {failure.ToJsonString()}");
        }

        JsonNode? value = result["result"]?["value"];
        return value switch
        {
            null => null,
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            _ => value.ToJsonString(),
        };
    }

    /// <summary>Clicks the middle of a state's box with real mouse events, as a person would.</summary>
    public async Task ClickStateAsync(string stateName)
    {
        string script = $$"""
            (() => {
              const title = [...document.querySelectorAll('g.sf-state > title')].find(t => t.textContent.startsWith({{JsonSerializer.Serialize(stateName)}} + ' ('));
              if (!title) return null;
              const box = title.parentElement.querySelector(':scope > rect.sf-box');
              box.scrollIntoView({ block: 'center', inline: 'center' });
              const r = box.getBoundingClientRect();
              return [r.x + r.width / 2, r.y + Math.min(14, r.height / 2)].join(',');
            })()
            """;
        string point = await EvaluateAsync(script) ?? throw new InvalidOperationException($"state '{stateName}' is not in the diagram");
        string[] xy = point.Split(',');
        double x = double.Parse(xy[0], CultureInfo.InvariantCulture);
        double y = double.Parse(xy[1], CultureInfo.InvariantCulture);
        foreach (string type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await cdp.SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type,
                ["x"] = x,
                ["y"] = y,
                ["button"] = type == "mouseMoved" ? "none" : "left",
                ["clickCount"] = type == "mouseMoved" ? 0 : 1,
            });
        }
    }

    public async Task ScreenshotAsync(string path)
    {
        JsonObject shot = await cdp.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }
}
