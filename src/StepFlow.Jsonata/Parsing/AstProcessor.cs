using System.Collections.Generic;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Parsing;

/// <summary>
/// The post-parse pass: flattens '.' chains into paths of steps, attaches predicates, grouping, sorting, focus
/// (<c>@</c>) and index (<c>#</c>) bindings to steps, resolves parent (<c>%</c>) references to ancestor steps
/// and marks tail calls inside lambdas, exactly as jsonata-js's <c>processAST</c>.
/// </summary>
internal sealed class AstProcessor
{
    private int _ancestorLabel;
    private int _ancestorIndex;
    private readonly List<Node> _ancestry = new();

    public Node ProcessRoot(Node expr)
    {
        Node result = Process(expr);
        if (result.Type == NodeType.Parent || result.SeekingParent is not null)
        {
            throw JsonataErrors.Create("S0217", result.Position, result.Type.ToString().ToLowerInvariant());
        }
        MarkFastPaths(result);
        return result;
    }

    private Node Process(Node expr)
    {
        Node result;
        switch (expr.Type)
        {
            case NodeType.Binary:
                result = ProcessBinary(expr);
                break;
            case NodeType.Unary:
                result = new Node(NodeType.Unary, expr.Value, expr.Position);
                if (expr.Value == "[")
                {
                    result.Expressions = new List<Node>();
                    foreach (Node item in expr.Expressions!)
                    {
                        Node value = Process(item);
                        PushAncestry(result, value);
                        result.Expressions.Add(value);
                    }
                }
                else if (expr.Value == "{")
                {
                    result.Pairs = new List<(Node, Node)>();
                    foreach (var (k, v) in expr.Pairs!)
                    {
                        Node key = Process(k);
                        PushAncestry(result, key);
                        Node value = Process(v);
                        PushAncestry(result, value);
                        result.Pairs.Add((key, value));
                    }
                }
                else
                {
                    result.Expression = Process(expr.Expression!);
                    if (expr.Value == "-" && result.Expression.Type == NodeType.Number)
                    {
                        result = result.Expression;
                        result.Literal = -(double)result.Literal!;
                    }
                    else
                    {
                        PushAncestry(result, result.Expression);
                    }
                }
                break;
            case NodeType.Function:
            case NodeType.Partial:
                result = new Node(expr.Type, expr.Value, expr.Position) { Arguments = new List<Node>() };
                foreach (Node arg in expr.Arguments!)
                {
                    Node argAst = Process(arg);
                    PushAncestry(result, argAst);
                    result.Arguments.Add(argAst);
                }
                result.Procedure = Process(expr.Procedure!);
                result.ProcedureName = result.Procedure.Type == NodeType.Path ? result.Procedure.Steps![0].Value : result.Procedure.Value;
                break;
            case NodeType.Lambda:
                result = new Node(NodeType.Lambda, expr.Value, expr.Position)
                {
                    Arguments = expr.Arguments,
                    Signature = expr.Signature,
                    ParameterNames = expr.Arguments!.ConvertAll(a => a.Value ?? string.Empty).ToArray(),
                };
                result.Body = TailCallOptimize(Process(expr.Body!));
                break;
            case NodeType.Condition:
                result = new Node(NodeType.Condition, null, expr.Position);
                result.Condition = Process(expr.Condition!);
                PushAncestry(result, result.Condition);
                result.Then = Process(expr.Then!);
                PushAncestry(result, result.Then);
                if (expr.Else is not null)
                {
                    result.Else = Process(expr.Else);
                    PushAncestry(result, result.Else);
                }
                break;
            case NodeType.Transform:
                result = new Node(NodeType.Transform, null, expr.Position)
                {
                    Pattern = Process(expr.Pattern!),
                    Update = Process(expr.Update!),
                };
                if (expr.Delete is not null) result.Delete = Process(expr.Delete);
                break;
            case NodeType.Block:
                result = new Node(NodeType.Block, null, expr.Position) { Expressions = new List<Node>() };
                foreach (Node item in expr.Expressions!)
                {
                    Node part = Process(item);
                    PushAncestry(result, part);
                    if (part.ConsArray || (part.Type == NodeType.Path && part.Steps![0].ConsArray)) result.ConsArray = true;
                    result.Expressions.Add(part);
                }
                break;
            case NodeType.Name:
                result = new Node(NodeType.Path, null, expr.Position) { Steps = new List<Node> { expr } };
                if (expr.KeepArray) result.KeepSingletonArray = true;
                break;
            case NodeType.Parent:
                result = new Node(NodeType.Parent, null, expr.Position)
                {
                    Slot = new Slot("!" + _ancestorLabel++, 1, _ancestorIndex++),
                };
                _ancestry.Add(result);
                break;
            case NodeType.String:
            case NodeType.Number:
            case NodeType.Value:
            case NodeType.Wildcard:
            case NodeType.Descendant:
            case NodeType.Variable:
            case NodeType.Regex:
            case NodeType.Placeholder:
                result = expr;
                break;
            case NodeType.Operator:
                if (expr.Value is "and" or "or" or "in")
                {
                    expr.Type = NodeType.Name;
                    result = Process(expr);
                }
                else
                {
                    throw JsonataErrors.Create("S0201", expr.Position, expr.Value);
                }
                break;
            default:
                throw JsonataErrors.Create(expr.Type == NodeType.End ? "S0207" : "S0206", expr.Position, expr.Value);
        }
        if (expr.KeepArray) result.KeepArray = true;
        return result;
    }

    /// <summary>Marks the plain-field fast paths once the tree is complete (nothing may change afterwards).</summary>
    public static void MarkFastPaths(Node node)
    {
        node.IsConstant = node.Type is NodeType.String or NodeType.Number or NodeType.Value
            && node.Predicate is null && node.Group is null && !node.KeepArray;
        if (node.Type == NodeType.Path && node.Steps is not null)
        {
            foreach (Node step in node.Steps)
            {
                step.IsPlainNameStep = step.Type == NodeType.Name && step.Stages is null && step.Predicate is null
                    && step.Group is null && !step.KeepArray && !step.Tuple && step.Focus is null && step.Index is null
                    && step.Ancestor is null && step.SeekingParent is null;
            }
            Node head = node.Steps[0];
            bool plainHead = head.IsPlainNameStep || (head.Type == NodeType.Variable && head.Predicate is null
                && head.Group is null && !head.KeepArray && !head.Tuple && head.Focus is null && head.Index is null);
            bool plainTail = true;
            for (int i = 1; i < node.Steps.Count; i++) plainTail &= node.Steps[i].IsPlainNameStep;
            node.IsSimpleName = plainHead && plainTail && node.Group is null && node.Predicate is null
                && !node.KeepSingletonArray && !node.KeepArray && !node.Tuple;
        }
        foreach (Node child in Children(node)) MarkFastPaths(child);
    }

    private static IEnumerable<Node> Children(Node node)
    {
        foreach (Node? n in new[] { node.Lhs, node.Rhs, node.Expression, node.Procedure, node.Body, node.Condition, node.Then, node.Else, node.Pattern, node.Update, node.Delete })
        {
            if (n is not null) yield return n;
        }
        foreach (List<Node>? list in new[] { node.Expressions, node.Arguments, node.Steps })
        {
            if (list is null) continue;
            foreach (Node n in list) yield return n;
        }
        foreach (List<(Node Key, Node Value)>? pairs in new[] { node.Pairs, node.Group?.Pairs })
        {
            if (pairs is null) continue;
            foreach (var (k, v) in pairs)
            {
                yield return k;
                yield return v;
            }
        }
        if (node.Terms is not null)
        {
            foreach (SortTerm t in node.Terms) yield return t.Expression;
        }
        foreach (List<Stage>? stages in new[] { node.Predicate, node.Stages })
        {
            if (stages is null) continue;
            foreach (Stage s in stages)
            {
                if (s.Expression is not null) yield return s.Expression;
            }
        }
    }

    private Node ProcessBinary(Node expr)
    {
        Node result;
        Node step;
        switch (expr.Value)
        {
            case ".":
                return ProcessPathStep(expr);
            case "[":
            {
                result = Process(expr.Lhs!);
                step = result;
                bool stages = false;
                if (result.Type == NodeType.Path)
                {
                    step = result.Steps![^1];
                    stages = true;
                }
                if (step.Group is not null) throw JsonataErrors.Create("S0209", expr.Position);
                Node predicate = Process(expr.Rhs!);
                if (predicate.SeekingParent is not null)
                {
                    foreach (Slot slot in predicate.SeekingParent)
                    {
                        if (slot.Level == 1) SeekParent(step, slot);
                        else slot.Level--;
                    }
                    PushAncestry(step, predicate);
                }
                var stage = new Stage(false, predicate, null, expr.Position);
                if (stages) (step.Stages ??= new List<Stage>()).Add(stage);
                else (step.Predicate ??= new List<Stage>()).Add(stage);
                return result;
            }
            case "{":
                result = Process(expr.Lhs!);
                if (result.Group is not null) throw JsonataErrors.Create("S0210", expr.Position);
                var pairs = new List<(Node, Node)>();
                foreach (var (k, v) in expr.Pairs!) pairs.Add((Process(k), Process(v)));
                result.Group = new GroupBy(pairs, expr.Position);
                return result;
            case "^":
            {
                result = Process(expr.Lhs!);
                if (result.Type != NodeType.Path) result = new Node(NodeType.Path, null, result.Position) { Steps = new List<Node> { result } };
                var sortStep = new Node(NodeType.Sort, null, expr.Position) { Terms = new List<SortTerm>() };
                foreach (SortTerm term in expr.Terms!)
                {
                    Node expression = Process(term.Expression);
                    PushAncestry(sortStep, expression);
                    sortStep.Terms.Add(new SortTerm(term.Descending, expression));
                }
                result.Steps!.Add(sortStep);
                ResolveAncestry(result);
                return result;
            }
            case ":=":
                result = new Node(NodeType.Bind, expr.Value, expr.Position)
                {
                    Lhs = Process(expr.Lhs!),
                    Rhs = Process(expr.Rhs!),
                };
                PushAncestry(result, result.Rhs);
                return result;
            case "@":
                result = Process(expr.Lhs!);
                step = result;
                if (result.Type == NodeType.Path) step = result.Steps![^1];
                if (step.Stages is not null || step.Predicate is not null) throw JsonataErrors.Create("S0215", expr.Position);
                if (step.Type == NodeType.Sort) throw JsonataErrors.Create("S0216", expr.Position);
                if (expr.KeepArray) step.KeepArray = true;
                step.Focus = expr.Rhs!.Value;
                step.Tuple = true;
                return result;
            case "#":
                result = Process(expr.Lhs!);
                step = result;
                if (result.Type == NodeType.Path)
                {
                    step = result.Steps![^1];
                }
                else
                {
                    result = new Node(NodeType.Path, null, result.Position) { Steps = new List<Node> { result } };
                    if (step.Predicate is not null)
                    {
                        step.Stages = step.Predicate;
                        step.Predicate = null;
                    }
                }
                if (step.Stages is null) step.Index = expr.Rhs!.Value;
                else step.Stages.Add(new Stage(true, null, expr.Rhs!.Value, expr.Position));
                step.Tuple = true;
                return result;
            case "~>":
                result = new Node(NodeType.Apply, expr.Value, expr.Position)
                {
                    Lhs = Process(expr.Lhs!),
                    Rhs = Process(expr.Rhs!),
                };
                result.KeepArray = result.Lhs.KeepArray || result.Rhs.KeepArray;
                return result;
            default:
                result = new Node(NodeType.Binary, expr.Value, expr.Position)
                {
                    Lhs = Process(expr.Lhs!),
                    Rhs = Process(expr.Rhs!),
                };
                PushAncestry(result, result.Lhs);
                PushAncestry(result, result.Rhs);
                return result;
        }
    }

    private Node ProcessPathStep(Node expr)
    {
        Node lstep = Process(expr.Lhs!);
        Node result = lstep.Type == NodeType.Path
            ? lstep
            : new Node(NodeType.Path, null, lstep.Position) { Steps = new List<Node> { lstep } };
        if (lstep.Type == NodeType.Parent) result.SeekingParent = new List<Slot> { lstep.Slot! };
        Node rest = Process(expr.Rhs!);
        if (rest.Type == NodeType.Path)
        {
            result.Steps!.AddRange(rest.Steps!);
        }
        else
        {
            if (rest.Predicate is not null)
            {
                rest.Stages = rest.Predicate;
                rest.Predicate = null;
            }
            result.Steps!.Add(rest);
        }
        foreach (Node s in result.Steps!)
        {
            if (s.Type is NodeType.Number or NodeType.Value)
            {
                throw JsonataErrors.Create("S0213", s.Position, value: s.Value);
            }
            if (s.Type == NodeType.String)
            {
                s.Type = NodeType.Name;
                s.Value = (string)s.Literal!;
            }
        }
        foreach (Node s in result.Steps)
        {
            if (s.KeepArray) result.KeepSingletonArray = true;
        }
        Node first = result.Steps[0];
        if (first.Type == NodeType.Unary && first.Value == "[") first.ConsArray = true;
        Node last = result.Steps[^1];
        if (last.Type == NodeType.Unary && last.Value == "[") last.ConsArray = true;
        ResolveAncestry(result);
        return result;
    }

    private static Node TailCallOptimize(Node expr)
    {
        if (expr.Type == NodeType.Function && expr.Predicate is null)
        {
            return new Node(NodeType.Lambda, null, expr.Position)
            {
                Thunk = true,
                Arguments = new List<Node>(),
                ParameterNames = System.Array.Empty<string>(),
                Body = expr,
            };
        }
        if (expr.Type == NodeType.Condition)
        {
            expr.Then = TailCallOptimize(expr.Then!);
            if (expr.Else is not null) expr.Else = TailCallOptimize(expr.Else);
            return expr;
        }
        if (expr.Type == NodeType.Block && expr.Expressions!.Count > 0)
        {
            expr.Expressions[^1] = TailCallOptimize(expr.Expressions[^1]);
        }
        return expr;
    }

    private Slot SeekParent(Node node, Slot slot)
    {
        switch (node.Type)
        {
            case NodeType.Name:
            case NodeType.Wildcard:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is null)
                    {
                        node.Ancestor = slot;
                    }
                    else
                    {
                        _ancestry[slot.Index].Slot!.Label = node.Ancestor.Label;
                        node.Ancestor = slot;
                    }
                    node.Tuple = true;
                }
                break;
            case NodeType.Parent:
                slot.Level++;
                break;
            case NodeType.Block:
                if (node.Expressions!.Count > 0)
                {
                    node.Tuple = true;
                    slot = SeekParent(node.Expressions[^1], slot);
                }
                break;
            case NodeType.Path:
            {
                node.Tuple = true;
                int index = node.Steps!.Count - 1;
                slot = SeekParent(node.Steps[index--], slot);
                while (slot.Level > 0 && index >= 0) slot = SeekParent(node.Steps[index--], slot);
                break;
            }
            default:
                throw JsonataErrors.Create("S0217", node.Position, node.Type.ToString().ToLowerInvariant());
        }
        return slot;
    }

    private static void PushAncestry(Node result, Node value)
    {
        if (value.SeekingParent is null && value.Type != NodeType.Parent) return;
        List<Slot> slots = value.SeekingParent ?? new List<Slot>();
        if (value.Type == NodeType.Parent) slots.Add(value.Slot!);
        if (result.SeekingParent is null) result.SeekingParent = slots;
        else result.SeekingParent.AddRange(slots);
    }

    private void ResolveAncestry(Node path)
    {
        int index = path.Steps!.Count - 1;
        Node lastStep = path.Steps[index];
        List<Slot> slots = lastStep.SeekingParent ?? new List<Slot>();
        if (lastStep.Type == NodeType.Parent) slots.Add(lastStep.Slot!);
        for (int i = 0; i < slots.Count; i++)
        {
            Slot slot = slots[i];
            index = path.Steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingParent ??= new List<Slot>()).Add(slot);
                    break;
                }
                Node step = path.Steps[index--];
                while (index >= 0 && step.Focus is not null && path.Steps[index].Focus is not null) step = path.Steps[index--];
                slot = SeekParent(step, slot);
            }
        }
    }
}
