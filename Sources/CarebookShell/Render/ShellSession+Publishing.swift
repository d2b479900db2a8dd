extension ShellSession {
    /// An output as publishing shows it: child identifiers withheld (`IdentifierScreen`, over every
    /// identifier the session holds) unless `allowIDs`, then small numbers suppressed. Unchanged when
    /// publishing is off.
    func published(_ output: Output, allowIDs: Bool = false) -> Output {
        guard let rules = settings.publishing else { return output }
        let screen = allowIDs ? nil : IdentifierScreen(identifiers: interpreter.environment.identifierValues)
        return rules.apply(to: output, screen: screen)
    }
}
