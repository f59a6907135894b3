# Formulare, die nach dem Ende der Sitzung abgeschickt wurden: die Eingaben bleiben erhalten.
parked-login-note = Ihre Sitzung war abgelaufen. Bitte melden Sie sich noch einmal an – Ihre Eingaben sind nicht verloren.
parked-form-note = Ihre Eingaben sind erhalten geblieben – bitte prüfen Sie sie und speichern Sie dann. Gespeichert ist noch nichts.
