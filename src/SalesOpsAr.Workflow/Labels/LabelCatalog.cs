using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Labels;

/// <summary>Classifies label titles against the configured state labels, aliases and hold reasons.</summary>
public sealed class LabelCatalog
{
    private readonly Dictionary<string, ArState> _stateByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _holdReasonKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scopeKeys = new(StringComparer.Ordinal);

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
            var scopeEnd = key.LastIndexOf("::", StringComparison.Ordinal);
            _scopeKeys.Add(key[..scopeEnd]);
        }

        foreach (var reason in settings.HoldReasons)
        {
            _holdReasonKeys.Add(LabelKey.Of(reason));
        }
    }

    /// <summary>The state a label stands for, canonical or misspelled; null for any other label.</summary>
    public ArState? StateOf(string title) =>
        _stateByKey.TryGetValue(LabelKey.Of(title), out var state) ? state : null;

    public bool IsHoldReason(string title) => _holdReasonKeys.Contains(LabelKey.Of(title));

    /// <summary>True for any label in the Sales Ops scope (or a misspelling of it), or a hold reason.</summary>
    public bool IsSalesOpsLabel(string title)
    {
        var key = LabelKey.Of(title);
        if (_stateByKey.ContainsKey(key) || _holdReasonKeys.Contains(key))
        {
            return true;
        }

        var scopeEnd = key.LastIndexOf("::", StringComparison.Ordinal);
        return scopeEnd > 0 && _scopeKeys.Contains(key[..scopeEnd]);
    }
}
