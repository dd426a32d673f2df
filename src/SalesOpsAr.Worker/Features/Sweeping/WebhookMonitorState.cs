namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The webhook's last known state in this process, so a warning is said once per change.</summary>
internal sealed class WebhookMonitorState
{
    private readonly Lock _gate = new();
    private bool? _disabled;
    private string _described = "not watched (GitLab__HookId is not set)";

    /// <summary>The hook as last seen, in words for the status page.</summary>
    public string Described
    {
        get { lock (_gate) { return _described; } }
        set { lock (_gate) { _described = value; } }
    }

    /// <summary>Records the state; true when it differs from the last one (or is the first, and disabled).</summary>
    public bool Changed(bool disabled)
    {
        lock (_gate)
        {
            var changed = _disabled is null ? disabled : _disabled != disabled;
            _disabled = disabled;
            return changed;
        }
    }
}
