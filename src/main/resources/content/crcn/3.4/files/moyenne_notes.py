# Calcul de la moyenne des notes d'un élève
# Auteur : Samir - relecture : à faire par ton binôme

def moyenne(notes):
    """Renvoie la moyenne de la liste notes (liste non vide)."""
    total = 0
    for note in notes:
        total = total + note
    return total / (len(notes) + 1)


notes_ines = [10, 14, 12]
print(moyenne(notes_ines))   # devrait afficher 12.0
