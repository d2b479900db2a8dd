extension Evaluator {
    func call(_ name: String, _ args: [Argument], _ expr: Expr, _ scope: Scope) throws -> Value {
        guard let builtin = builtins[name] else {
            if environment.lookup(name) != nil {
                throw Diagnostic("`\(name)` is a value, not a function", at: expr.range)
            }
            throw Diagnostic.unknownName(name, what: "function", at: expr.range, candidates: builtins.names)
        }
        if builtin.isAggregate, args.isEmpty, case let .group(_, rows, _) = scope {
            return .number(Double(rows.count))
        }
        var positional: [(value: Value, range: SourceRange)] = []
        var named: [String: (value: Value, range: SourceRange)] = [:]
        for arg in args {
            let v = try argumentValue(arg.value, builtin: builtin, scope: scope)
            if let label = arg.label {
                guard named[label] == nil else {
                    throw Diagnostic("argument `\(label):` is given twice", at: arg.value.range)
                }
                named[label] = (v, arg.value.range)
            } else {
                positional.append((v, arg.value.range))
            }
        }
        var call = CallArguments(name: name, positional: positional, named: named, range: expr.range,
                                 evaluator: self, usage: builtin.usage)
        call.expressions = args.filter { $0.label == nil }.map(\.value)
        try Interruption.check()
        do {
            let result = try builtin.body(&call)
            try call.checkLabels()
            return result
        } catch var d as Diagnostic {
            if d.range == nil { d.range = expr.range }
            throw d
        }
    }

    /// An argument's value; inside a group, an aggregate's argument is evaluated for each row of the group.
    func argumentValue(_ e: Expr, builtin: Builtin, scope: Scope) throws -> Value {
        guard builtin.isAggregate, case let .group(table, rows, index) = scope else {
            return try evaluate(e, in: scope).spelled
        }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for r in rows {
            values.append(try evaluate(e, in: .row(table, r, index)).spelled)
        }
        return .list(values)
    }
}
