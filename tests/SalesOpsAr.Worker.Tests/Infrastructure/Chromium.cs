using System.Diagnostics;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium (installed by tests/run.sh), as a person's browser: a screenshot and the DOM it renders.
/// Started with the flags that keep it off this machine's closed network and alone in its own profile.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<string> DumpDomAsync(Uri url) => (await RunAsync("--dump-dom", url.ToString())).Output;

    public static async Task ScreenshotAsync(Uri url, string file, int width = 1280, int height = 900)
    {
        var (_, errors) = await RunAsync($"--screenshot={file}", $"--window-size={width},{height}", url.ToString());
        Assert.True(File.Exists(file), $"chromium wrote no screenshot: {errors}");
    }

    private static async Task<(string Output, string Errors)> RunAsync(params string[] args)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: ./tests/run.sh installs Debian's chromium");
        var profile = Directory.CreateTempSubdirectory("salesopsar-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
            }.Concat(args))
            {
                start.ArgumentList.Add(flag);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true); // never leave a browser behind a failed test
                Assert.Fail($"chromium did not finish within 60 s: {await errors}");
            }

            return (await output, await errors);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
