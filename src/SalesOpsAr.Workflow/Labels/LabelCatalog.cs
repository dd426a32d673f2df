using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Labels;

/// <summary>
/// Classifies label titles against the configuration: the four states (and their misspellings), the labels that
/// hold an AR and the ones that release them, the opt-out label, and any other label in the Sales Ops scope.
/// </summary>
public sealed class LabelCatalog
{
    private readonly Dictionary<string, ArState> _stateByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HoldLabel> _holdByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HoldLabel> _releasedByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scopeKeys = new(StringComparer.Ordinal);
    private readonly string _notNeededKey;

    public LabelCatalog(WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var state in StateLabels.All)
        {
            _stateByKey[LabelKey.Of(StateLabels.Title(state))] = state;
        }

        foreach (var (alias, canonical) in settings.LabelAliases)
        {
            if (_stateByKey.TryGetValue(LabelKey.Of(canonical), out var state))
            {
                _stateByKey[LabelKey.Of(alias)] = state;
            }
        }

        foreach (var key in _stateByKey.Keys)
        {
            _scopeKeys.Add(key[..key.LastIndexOf("::", StringComparison.Ordinal)]);
        }

        foreach (var hold in settings.HoldLabels)
        {
            _holdByKey[LabelKey.Of(hold.Label)] = hold;
            if (hold.ReleasedBy is { Length: > 0 } release)
            {
                _releasedByKey[LabelKey.Of(release)] = hold;
            }
        }

        _notNeededKey = LabelKey.Of(settings.NotNeededLabel);
        NotNeeded = settings.NotNeededLabel;
    }

    /// <summary>The opt-out label's title, as configured.</summary>
    public string NotNeeded { get; }

    /// <summary>The state a label stands for, canonical or misspelled; null for any other label.</summary>
    public ArState? StateOf(string title) =>
        _stateByKey.TryGetValue(LabelKey.Of(title), out var state) ? state : null;

    /// <summary>The hold a label puts an AR on, or null.</summary>
    public HoldLabel? HoldOf(string title) => _holdByKey.GetValueOrDefault(LabelKey.Of(title));

    /// <summary>The hold a label releases (<c>AR-Approval::Manager Approved</c> releases the manager-approval hold), or null.</summary>
    public HoldLabel? ReleaseOf(string title) => _releasedByKey.GetValueOrDefault(LabelKey.Of(title));

    public bool IsNotNeeded(string title) => LabelKey.Of(title) == _notNeededKey;

    /// <summary>A label in the Sales Ops scope (any spelling of it) that is no state, alias or opt-out: a person's own.</summary>
    public bool IsUnknownInScope(string title)
    {
        var key = LabelKey.Of(title);
        return InScope(key) && !_stateByKey.ContainsKey(key) && key != _notNeededKey;
    }

    /// <summary>
    /// True for a label that makes an AR Sales Ops': any label in the Sales Ops scope (or a misspelling of it), and
    /// a hold label of no other scope (<c>SalesOPS: Waiting on SFDC License</c>). An approval every AR carries
    /// (<c>AR-Approval::…</c>) does not.
    /// </summary>
    public bool IsSalesOpsLabel(string title)
    {
        var key = LabelKey.Of(title);
        return InScope(key) || (_holdByKey.ContainsKey(key) && !key.Contains("::", StringComparison.Ordinal));
    }

    private bool InScope(string key)
    {
        var scopeEnd = key.LastIndexOf("::", StringComparison.Ordinal);
        return scopeEnd > 0 && _scopeKeys.Contains(key[..scopeEnd]);
    }
}
