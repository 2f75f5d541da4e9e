using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace StepFlow.Visualization.Tests.Browser;

/// <summary>
/// Starts the system's headless Chromium with a fresh profile and no network features, and connects to its page
/// over the DevTools protocol. Chromium missing is a test failure with the install command, never a skip.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string InstallCommand = "apt-get update && apt-get install -y chromium chromium-driver";

    private readonly Process _process;
    private readonly string _profile;

    private ChromiumBrowser(Process process, string profile, CdpConnection page)
    {
        _process = process;
        _profile = profile;
        Page = page;
    }

    public CdpConnection Page { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("STEPFLOW_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<ChromiumBrowser> LaunchAsync(int width, int height)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}; the browser test needs it. Install it with: {InstallCommand}");
        }

        string profile = Directory.CreateTempSubdirectory("stepflow-chromium-").FullName;
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {ExecutablePath}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            int port = await ReadDevToolsPortAsync(profile, process);
            Uri pageSocket = await FindPageSocketAsync(port);
            return new ChromiumBrowser(process, profile, await CdpConnection.ConnectAsync(pageSocket));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>Chromium writes the port it chose into the profile once DevTools listens.</summary>
    private static async Task<int> ReadDevToolsPortAsync(string profile, Process process)
    {
        string file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited at start with code {process.ExitCode}");
            }

            if (File.Exists(file))
            {
                string[] lines = await File.ReadAllLinesAsync(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out int port))
                {
                    return port;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Chromium did not open its DevTools port within 30 s");
    }

    private static async Task<Uri> FindPageSocketAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        for (int attempt = 0; attempt < 50; attempt++)
        {
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list"))) as JsonArray;
            foreach (JsonNode? target in targets ?? [])
            {
                if (target?["type"]?.GetValue<string>() == "page" && target["webSocketDebuggerUrl"]?.GetValue<string>() is string url)
                {
                    return new Uri(url);
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("Chromium has no page target");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Closing races with the socket going away; the process is ended below either way.
        }

        await Page.DisposeAsync();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; a leftover temp folder is harmless.
        }
    }
}
